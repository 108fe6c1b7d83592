package vn.congkhai.deploy;

import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real OpenSSH server started by the test on a loopback port, with a throwaway host key, a throwaway
 * user key in its own authorized_keys file, and a known_hosts file holding its host key: what CI's
 * secrets hold for the ward's real server.
 */
final class Sshd implements AutoCloseable {
    static final String BINARY = "/usr/sbin/sshd";

    final int port;
    final Path userKey;
    final Path knownHosts;
    private final Process process;

    private Sshd(int port, Path userKey, Path knownHosts, Process process) {
        this.port = port;
        this.userKey = userKey;
        this.knownHosts = knownHosts;
        this.process = process;
    }

    static Sshd start(Path work) throws Exception {
        Tools.require(BINARY, "ssh", "ssh-keygen", "rsync");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path privsep = Path.of("/run/sshd");
        if (!Files.isDirectory(privsep)) {
            Assumptions.assumeTrue(root, "sshd needs /run/sshd, which only root can create (CI runs as root)");
            Files.createDirectories(privsep);
        }
        Files.createDirectories(work);
        Path hostKey = work.resolve("host_ed25519");
        Path userKey = work.resolve("user_ed25519");
        Tools.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "congkhai-test-host", "-f", hostKey.toString()));
        Tools.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "congkhai-test-ci", "-f", userKey.toString()));
        Path authorized = work.resolve("authorized_keys");
        Files.copy(Path.of(userKey + ".pub"), authorized);
        int port = Tools.freePort();
        Path knownHosts = work.resolve("known_hosts");
        Files.writeString(knownHosts, knownHostsLine(port, Path.of(hostKey + ".pub")), StandardCharsets.UTF_8);
        Path config = work.resolve("sshd_config");
        Files.writeString(config, """
                ListenAddress 127.0.0.1
                HostKey HOSTKEY
                PidFile WORK/sshd.pid
                AuthorizedKeysFile WORK/authorized_keys
                StrictModes no
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PermitRootLogin prohibit-password
                UsePAM no
                LogLevel ERROR
                """.replace("HOSTKEY", hostKey.toString()).replace("WORK", work.toString()), StandardCharsets.UTF_8);
        Path log = work.resolve("sshd.log");
        Process p = new ProcessBuilder(BINARY, "-D", "-e", "-f", config.toString(), "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Tools.awaitPort(port, p, log);
        return new Sshd(port, userKey, knownHosts, p);
    }

    /** {@code [127.0.0.1]:PORT ssh-ed25519 AAAA...}: the host's public key as ssh-keyscan would write it. */
    static String knownHostsLine(int port, Path publicKey) throws Exception {
        String[] key = Files.readString(publicKey, StandardCharsets.UTF_8).strip().split(" ");
        return "[127.0.0.1]:" + port + " " + key[0] + " " + key[1] + "\n";
    }

    String target(Path base) {
        return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + base.toAbsolutePath();
    }

    /** The processes serving connections (one sshd per connection, and what it runs): none when no client is connected. */
    List<ProcessHandle> sessions() {
        return process.descendants().filter(Processes::running).toList();
    }

    @Override
    public void close() throws Exception {
        Tools.stop(process);
    }
}
