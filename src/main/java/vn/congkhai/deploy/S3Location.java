package vn.congkhai.deploy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target in S3-compatible object storage, {@code s3://BUCKET/PREFIX}: one bucket serves a whole province,
 * each commune under its own prefix ({@code s3://cong-tinh/phuong-my-phuoc}). The prefix may be empty.
 *
 * @param bucket the bucket's name
 * @param prefix the ward's folder in the bucket, without leading or trailing slash; empty for the whole bucket
 */
public record S3Location(String bucket, String prefix) {
    private static final Pattern FORM = Pattern.compile("s3://([^/]+)(?:/(.*))?");
    /** S3's own rule for bucket names (lower case, digits, dots, hyphens; 3 to 63). */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    /** Plain path segments only: no `..`, no spaces or characters a CDN or nginx would rewrite. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*");

    /** The location when {@code target} is written {@code s3://...}, else empty (a folder or an SSH target). */
    public static Optional<S3Location> parse(String target) {
        if (target == null || !target.strip().startsWith("s3://")) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(target.strip());
        if (!m.matches() || !BUCKET.matcher(m.group(1)).matches()) {
            throw new DeployException("Không hiểu nơi xuất bản `" + target + "`: viết s3://ten-bucket/thu-muc-cua-phuong "
                    + "(tên bucket gồm chữ thường, chữ số, dấu chấm, gạch ngang; từ 3 đến 63 ký tự).");
        }
        String prefix = m.group(2) == null ? "" : m.group(2).replaceAll("^/+|/+$", "");
        if (!prefix.isEmpty() && (!PREFIX.matcher(prefix).matches() || ("/" + prefix + "/").contains("/../")
                || ("/" + prefix + "/").contains("/./"))) {
            throw new DeployException("Thư mục `" + prefix + "` trong `" + target + "` chỉ được gồm chữ không dấu, chữ số, "
                    + "dấu chấm, gạch ngang, gạch dưới và dấu `/` giữa các phần, ví dụ s3://cong-tinh/xa-an-binh.");
        }
        return Optional.of(new S3Location(m.group(1), prefix));
    }

    /** The key of a site-relative path (or of congkhai's own {@code _congkhai/...} records) under the prefix. */
    public String key(String relative) {
        return prefix.isEmpty() ? relative : prefix + "/" + relative;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
