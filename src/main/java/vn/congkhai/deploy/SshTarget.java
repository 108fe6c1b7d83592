package vn.congkhai.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Releases on a remote host, through the system's {@code ssh} and {@code rsync}: rsync copies the site
 * into {@code releases/ID.partial/} with {@code --link-dest} against the previous release, so only files
 * whose bytes changed cross the network and unchanged ones become hard links; then one ssh command renames
 * the folder and switches {@code current} by renaming a new link over it ({@code mv -T}, GNU coreutils).
 * Every remote command is a POSIX shell script sent on standard input; ids and paths are checked before
 * they are written into it.
 */
public final class SshTarget implements ReleaseTarget {
    private final SshSettings ssh;

    public SshTarget(SshSettings ssh) {
        this.ssh = ssh;
    }

    @Override
    public String describe() {
        return ssh.user() + "@" + ssh.host() + ":" + ssh.path();
    }

    @Override
    public String base() {
        return ssh.path();
    }

    @Override
    public TargetState inspect() {
        String out = remote("""
                [ -d BASE ] || { echo nobase; exit 0; }
                cd BASE || exit 3
                if [ -L releases ]; then echo releaseslink; exit 0; fi
                if [ -L current ]; then printf 'link\\t%s\\n' "$(readlink current)"; elif [ -e current ]; then echo other; else echo none; fi
                for d in releases/*; do
                  if [ -L "$d" ]; then printf 'entrylink\\t%s\\n' "${d#releases/}"; elif [ -d "$d" ]; then printf 'release\\t%s\\n' "${d#releases/}"; fi
                done
                exit 0
                """, "đọc thư mục đích");
        List<String> releases = new ArrayList<>();
        Optional<String> link = Optional.empty();
        String kind = "none";
        for (String line : out.split("\n")) {
            String[] p = line.split("\t", 2);
            switch (p[0]) {
                case "link" -> {
                    kind = "link";
                    link = Optional.of(p.length > 1 ? p[1] : "");
                }
                case "other" -> kind = "other";
                case "releaseslink" -> throw ReleaseLinks.folderIsLink(describe());
                case "entrylink" -> {
                    if (p.length > 1 && ReleaseIds.isId(p[1])) {
                        throw ReleaseLinks.entryIsLink(describe(), p[1]);
                    }
                }
                case "release" -> {
                    if (p.length > 1 && ReleaseIds.isId(p[1])) {
                        releases.add(p[1]);
                    }
                }
                default -> {
                }
            }
        }
        releases.sort(null);
        return new TargetState(List.copyOf(releases), link, kind);
    }

    @Override
    public TargetLock lock(String operation) {
        List<String> shell = ssh.ssh();
        shell.add("sh -s");
        return FlockHolder.take(shell, ssh.path(), describe(), operation);
    }

    @Override
    public void prepare() {
        remote("""
                [ -d BASE ] || mkdir BASE 2>/dev/null || [ -d BASE ] || exit 3
                [ -L BASE/releases ] && exit 7
                [ -d BASE/releases ] || mkdir BASE/releases || exit 3
                """, "tạo thư mục đích");
    }

    @Override
    public void clearLeftovers() {
        remote("""
                cd BASE || exit 3
                [ -L releases ] && exit 7
                for d in releases/*.partial; do
                  [ -L "$d" ] && continue
                  case "${d#releases/}" in
                    [0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z-*.partial) rm -rf -- "$d" ;;
                  esac
                done
                for l in .current-*; do [ -L "$l" ] && rm -f -- "$l"; done
                exit 0
                """, "dọn phần dở dang của lần trước");
    }

    @Override
    public String upload(Path site, List<String> files, String id, Optional<String> previous) {
        checkId(id);
        List<String> cmd = new ArrayList<>(List.of("rsync", "--archive", "--delete", "--stats", "--human-readable",
                "-e", ssh.rsyncShell()));
        previous.ifPresent(p -> {
            checkId(p);
            cmd.add("--link-dest=../" + p); // relative to the destination folder
        });
        String partial = ReleaseIds.partial(id);
        cmd.add(site.toAbsolutePath() + "/");
        cmd.add(ssh.user() + "@" + ssh.host() + ":" + ssh.path() + "/releases/" + partial + "/");
        // a new, empty folder of this publish's own: rsync never writes into a folder another publish made
        remote("cd BASE && { [ ! -L releases ] || exit 7; } && mkdir releases/PARTIAL".replace("PARTIAL", partial), "tạo thư mục cho bản phát hành");
        String stats = run(ParentWatch.wrap(cmd), null, "chép bản phát hành bằng rsync");
        remote("cd BASE && { [ ! -L releases ] || exit 7; } && mv -T releases/PARTIAL releases/ID".replace("PARTIAL", partial).replace("ID", id),
                "hoàn tất bản phát hành");
        return summary(stats);
    }

    /** rsync's own figures: files transferred and their size. */
    private static String summary(String stats) {
        List<String> keep = new ArrayList<>();
        for (String line : stats.split("\n")) {
            if (line.startsWith("Number of regular files transferred") || line.startsWith("Total transferred file size")
                    || line.startsWith("Total bytes sent")) {
                keep.add(line.strip());
            }
        }
        return "rsync: " + String.join("; ", keep);
    }

    @Override
    public void carry(String from, String to, List<String> files) {
        checkId(from);
        checkId(to);
        StringBuilder script = new StringBuilder("cd BASE || exit 3\n");
        for (String f : files) {
            if (!f.matches("[A-Za-z0-9._/-]+") || f.contains("..")) {
                throw new IllegalArgumentException("not a site path: " + f);
            }
            String source = "releases/" + from + "/" + f;
            String link = "releases/" + to + "/" + f;
            script.append("if [ -f ").append(source).append(" ] && [ ! -e ").append(link).append(" ]; then mkdir -p ")
                    .append(link, 0, link.lastIndexOf('/')).append(" && ln ").append(source).append(' ').append(link)
                    .append(" || exit 5; fi\n");
        }
        remote(script.toString(), "chép tệp giao diện của bản " + from + " sang bản " + to);
    }

    @Override
    public void switchCurrent(String id) {
        checkId(id);
        remote("""
                cd BASE || exit 3
                [ -d releases/ID ] || exit 4
                rm -f .current-ID && ln -s releases/ID .current-ID && mv -T .current-ID current
                """.replace("ID", id), "chuyển `current` sang `releases/" + id + "`");
    }

    @Override
    public void remove(String id) {
        checkId(id);
        // rm -rf does not follow links below its argument; the argument and releases/ itself are checked here
        remote("cd BASE && { [ ! -L releases ] || exit 7; } && [ ! -L releases/ID ] && rm -rf -- releases/ID".replace("ID", id), "xóa bản phát hành cũ " + id);
    }

    @Override
    public Map<String, String> versionFiles(List<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder script = new StringBuilder("cd BASE || exit 3\n");
        for (String id : ids) {
            checkId(id);
            script.append("printf '%s\\t' ").append(id).append("; if [ -f releases/").append(id)
                    .append("/phien-ban.json ]; then tr '\\n\\t' '  ' < releases/").append(id).append("/phien-ban.json; fi; echo\n");
        }
        for (String line : remote(script.toString(), "đọc phien-ban.json").split("\n")) {
            String[] p = line.split("\t", 2);
            if (p.length == 2 && ids.contains(p[0])) {
                out.put(p[0], p[1]);
            }
        }
        return out;
    }

    private static void checkId(String id) {
        if (!ReleaseIds.isId(id)) {
            throw new IllegalArgumentException("not a release id: " + id);
        }
    }

    /** Runs a shell script on the target; {@code BASE} in it is the target's path, quoted. */
    private String remote(String script, String doing) {
        List<String> cmd = ssh.ssh();
        cmd.add("sh -s");
        return run(cmd, "set -u\n" + script.replace("BASE", "'" + ssh.path() + "'"), doing);
    }

    private String run(List<String> cmd, String stdin, String doing) {
        try {
            Process p = ChildProcesses.start(cmd);
            int status;
            String out;
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            try {
                OutputStream in = p.getOutputStream();
                if (stdin != null) {
                    try (in) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    }
                }
                // without a script, the input stays open while the process runs: its end tells ParentWatch this JVM is gone
                try (OutputStream heldOpen = stdin == null ? in : OutputStream.nullOutputStream()) {
                    out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    status = p.waitFor();
                }
                ChildProcesses.done(p);
            } catch (IOException | InterruptedException | RuntimeException e) {
                ChildProcesses.end(p); // rsync and the ssh it started: nothing keeps running after a failed step
                throw e;
            }
            String program = ParentWatch.program(cmd);
            if (status == 127 && !program.equals(cmd.get(0))) { // the watch's shell found no such program
                throw new DeployException("Không chạy được `" + program + "`: cần cài ssh và rsync trên máy này.");
            }
            if (status == 7 && program.equals("ssh")) { // our scripts' "releases/ is a link"
                throw ReleaseLinks.folderIsLink(describe());
            }
            if (status != 0) {
                String message = new String(err.join(), StandardCharsets.UTF_8).strip();
                throw new DeployException("Lỗi khi " + doing + " trên " + describe() + " (" + program + " thoát với mã " + status + ")"
                        + (message.isEmpty() ? "" : ": " + message.lines().limit(5).reduce((a, b) -> a + " / " + b).orElse(""))
                        + (status == 255 ? ". Kiểm tra địa chỉ máy chủ, khóa SSH và tệp known_hosts" : "")
                        + ". Bước lỗi này không làm thay đổi `current`.");
            }
            return out;
        } catch (IOException e) {
            throw new DeployException("Không chạy được `" + cmd.get(0) + "` (" + e.getMessage() + "): cần cài ssh và rsync trên máy này.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("Bị dừng khi đang " + doing + ".", e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
