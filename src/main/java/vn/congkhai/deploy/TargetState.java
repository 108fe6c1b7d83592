package vn.congkhai.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What a target holds: its releases, oldest first, and what {@code current} is.
 *
 * @param releases    the ids of complete releases ({@code releases/<id>/}), in publishing order
 * @param current     {@code current}'s link text when it is a symbolic link
 * @param currentKind {@code none}, {@code link}, or {@code other} (a folder or file put there by hand)
 */
public record TargetState(List<String> releases, Optional<String> current, String currentKind) {

    /**
     * The release {@code current} points at, or empty when there is no {@code current} yet.
     *
     * @throws DeployException when {@code current} exists but does not point at one of the releases:
     *                         someone changed the server by hand, and congkhai will not guess
     */
    public Optional<String> currentRelease(String base, String where) {
        if (currentKind.equals("none")) {
            return Optional.empty();
        }
        if (currentKind.equals("link")) {
            String link = current.orElse("").replaceAll("/+$", "");
            for (String prefix : new String[]{"releases/", "./releases/", base.replaceAll("/+$", "") + "/releases/"}) {
                if (link.startsWith(prefix) && releases.contains(link.substring(prefix.length()))) {
                    return Optional.of(link.substring(prefix.length()));
                }
            }
        }
        throw new DeployException("`current` ở " + where + " không trỏ vào một bản phát hành trong `releases/`"
                + (currentKind.equals("link") ? " (đang trỏ tới `" + current.orElse("") + "`)" : " (nó không phải liên kết tượng trưng)")
                + ": có vẻ máy chủ đã bị sửa bằng tay. Không thay đổi gì. Hãy kiểm tra máy chủ, rồi cho `current` trỏ vào một thư mục trong `releases/` "
                + "(ví dụ `ln -sfn releases/<bản> current`) hoặc đổi tên nó đi, rồi chạy lại.");
    }
}
