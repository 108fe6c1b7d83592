package vn.congkhai.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to reach a remote target: {@code ssh://USER@HOST[:PORT]/PATH}, a private key file and a known_hosts
 * file. The key and the host's public key come from CI secrets or the environment, never the repository;
 * the host key is always checked ({@code StrictHostKeyChecking=yes}) and no password is ever asked for.
 */
public record SshSettings(String user, String host, int port, String path, Path identity, Path knownHosts) {

    public SshSettings {
        if (!user.matches("[A-Za-z0-9._][A-Za-z0-9._-]*") || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new DeployException("Địa chỉ máy chủ `" + user + "@" + host + "` không hợp lệ.");
        }
        if (!path.startsWith("/") || !path.matches("[A-Za-z0-9._/-]+") || path.contains("..")) {
            throw new DeployException("Đường dẫn trên máy chủ `" + path + "` phải là đường dẫn tuyệt đối chỉ gồm chữ không dấu, số, `.`, `_`, `-`, `/`.");
        }
        if (identity == null || !Files.isRegularFile(identity)) {
            throw new DeployException("Cần tệp khóa SSH riêng để xuất bản lên " + host + " (biến môi trường CONGKHAI_SSH_KEY hoặc tham số --ssh-key / congkhai.sshKey)"
                    + (identity == null ? "." : ": không có tệp `" + identity + "`."));
        }
        if (knownHosts == null || !Files.isRegularFile(knownHosts)) {
            throw new DeployException("Cần tệp known_hosts chứa khóa công khai của " + host + " để kiểm tra đúng máy chủ (biến môi trường CONGKHAI_SSH_KNOWN_HOSTS hoặc tham số --known-hosts / congkhai.knownHosts)"
                    + (knownHosts == null ? "." : ": không có tệp `" + knownHosts + "`."));
        }
    }

    /** The {@code ssh} command line up to (not including) the remote command; no user configuration is read. */
    List<String> ssh() {
        List<String> cmd = new ArrayList<>(List.of("ssh"));
        cmd.addAll(options());
        cmd.add(user + "@" + host);
        return cmd;
    }

    /** The same, as rsync's {@code -e} wants it (one string; paths must not contain spaces). */
    String rsyncShell() {
        return String.join(" ", options().stream().map(o -> o.contains(" ") ? "'" + o + "'" : o).toList()).transform(s -> "ssh " + s);
    }

    private List<String> options() {
        return List.of("-F", "/dev/null", "-p", String.valueOf(port), "-i", identity.toAbsolutePath().toString(),
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + knownHosts.toAbsolutePath(), "-o", "GlobalKnownHostsFile=/dev/null",
                "-o", "ConnectTimeout=20", "-o", "ServerAliveInterval=15", "-o", "ServerAliveCountMax=4");
    }
}
