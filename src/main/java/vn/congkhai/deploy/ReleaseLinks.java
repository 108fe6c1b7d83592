package vn.congkhai.deploy;

import vn.congkhai.model.Say;

/**
 * The refusals for a symbolic link where a target must hold real folders. Removing old releases through a
 * {@code releases/} that was a link to elsewhere deleted folders that were not the portal's: congkhai never
 * follows a link there, it stops and says so.
 */
final class ReleaseLinks {
    private ReleaseLinks() {
    }

    static DeployException folderIsLink(String where) {
        return new DeployException(Say.of("`releases/` ở " + where + " là một liên kết tượng trưng, không phải thư mục thật: "
                        + "congkhai không xuất bản, không quay lại và không xóa gì qua một liên kết (có thể xóa nhầm thư mục khác). "
                        + "Không thay đổi gì. Hãy thay nó bằng một thư mục thật rồi chạy lại.",
                "`releases/` on " + where + " is a symbolic link, not a real folder: congkhai does not publish, roll back or delete "
                        + "anything through a link (it could delete other folders). Nothing changed. Replace it by a real folder, then run again."));
    }

    static DeployException entryIsLink(String where, String name) {
        return new DeployException(Say.of("`releases/" + name + "` ở " + where + " là một liên kết tượng trưng, không phải một bản phát hành "
                        + "congkhai đã chép: không thay đổi gì. Hãy xóa liên kết đó (chỉ liên kết, `rm releases/" + name + "`) rồi chạy lại.",
                "`releases/" + name + "` on " + where + " is a symbolic link, not a release congkhai copied: nothing changed. "
                        + "Remove that link (only the link, `rm releases/" + name + "`), then run again."));
    }
}
