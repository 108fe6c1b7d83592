package vn.congkhai.deploy;

import vn.congkhai.model.Say;

/** Another publish or rollback holds the target: this one changed nothing and may simply be run again later. */
public final class TargetBusyException extends DeployException {
    public TargetBusyException(String where, String owner) {
        super(Say.of("Đang có một lần xuất bản hoặc quay lại khác trên " + where
                        + (owner.isBlank() ? "" : " (" + owner + ")") + ": lần này dừng lại, không thay đổi gì. "
                        + "Chờ lần kia xong rồi chạy lại; trong CI, cho các lần xuất bản cùng một nhóm (concurrency / resource_group).",
                "Another publish or rollback is running on " + where + (owner.isBlank() ? "" : " (" + owner + ")")
                        + ": this one stopped and changed nothing. Wait for it to finish, then run again; in CI, put publishes in one "
                        + "concurrency group / resource_group."));
    }
}
