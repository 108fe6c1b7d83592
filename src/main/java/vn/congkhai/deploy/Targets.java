package vn.congkhai.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the configured target into a {@link ReleaseTarget}: a folder of this machine ({@code /srv/congkhai}),
 * or {@code ssh://USER@HOST[:PORT]/PATH}. Each setting is taken from its parameter when given, else from the
 * environment: {@code CONGKHAI_TARGET}, {@code CONGKHAI_SSH_KEY}, {@code CONGKHAI_SSH_KNOWN_HOSTS},
 * {@code CONGKHAI_KEEP}, so CI can pass secrets without writing them into the repository.
 */
public final class Targets {
    private static final Pattern SSH = Pattern.compile("ssh://([^@/]+)@([^:/]+|\\[[^]]+])(?::(\\d+))?(/.*)");

    private Targets() {
    }

    /** The settings after the environment filled what parameters left empty. */
    public record Settings(String target, String sshKey, String knownHosts, String keep) {

        public Settings withEnvironment(Map<String, String> env) {
            return new Settings(or(target, env.get("CONGKHAI_TARGET")), or(sshKey, env.get("CONGKHAI_SSH_KEY")),
                    or(knownHosts, env.get("CONGKHAI_SSH_KNOWN_HOSTS")), or(keep, env.get("CONGKHAI_KEEP")));
        }

        public int keepCount() {
            if (keep == null || keep.isBlank()) {
                return Releases.DEFAULT_KEEP;
            }
            try {
                return Integer.parseInt(keep.strip());
            } catch (NumberFormatException e) {
                throw new DeployException("Số bản phát hành giữ lại `" + keep + "` phải là một số nguyên, ví dụ 5.");
            }
        }

        private static String or(String given, String fallback) {
            return given != null && !given.isBlank() ? given : fallback;
        }
    }

    public static ReleaseTarget open(Settings s) {
        String target = s.target();
        if (target == null || target.isBlank()) {
            throw new DeployException("Chưa cho biết nơi xuất bản: đặt biến môi trường CONGKHAI_TARGET, hoặc tham số --target / congkhai.target "
                    + "(một thư mục, ví dụ /srv/congkhai, hoặc ssh://nguoidung@may-chu:22/srv/congkhai).");
        }
        Matcher m = SSH.matcher(target.strip());
        if (m.matches()) {
            return new SshTarget(new SshSettings(m.group(1), m.group(2), m.group(3) == null ? 22 : Integer.parseInt(m.group(3)),
                    m.group(4).replaceAll("(.)/+$", "$1"), path(s.sshKey()), path(s.knownHosts())));
        }
        if (target.contains("://") || target.matches("[^/]*@[^/]*:.*")) {
            throw new DeployException("Không hiểu nơi xuất bản `" + target + "`: viết một thư mục, ssh://nguoidung@may-chu:cong/duong/dan, hoặc s3://ten-bucket/thu-muc.");
        }
        return new LocalTarget(Path.of(target));
    }

    private static Path path(String s) {
        return s == null || s.isBlank() ? null : Path.of(s);
    }
}
