package vn.congkhai.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The release's machine-readable version, {@code phien-ban.json} at the site root: which commit, when
 * (the build date, and the exact time when {@code SOURCE_DATE_EPOCH} gives one), by which generator, from
 * which inputs (a digest of the data, content, templates and assets). Never the clock: the same inputs
 * give the same bytes. Only this one file changes with the commit; pages link to it.
 */
public final class VersionFile {
    /** What a commit is shown as when neither CI nor git tells. */
    public static final String UNKNOWN = "không rõ";

    private VersionFile() {
    }

    /**
     * @param inputs        the folders and files whose bytes the data digest covers
     * @param fingerprinted the stylesheet and script of this release: deploying carries them into the next
     *                      release, so a page served just before a switch still finds its stylesheet after it
     */
    public static byte[] json(Path project, LocalDate buildDate, String generator, List<Path> inputs, List<String> fingerprinted) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        String builtAt = epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch)).toString()
                : buildDate.toString();
        String text = "{\n"
                + "  \"generator\": " + quote(generator) + ",\n"
                + "  \"version\": " + quote(generatorVersion()) + ",\n"
                + "  \"commit\": " + quote(commit(project)) + ",\n"
                + "  \"buildDate\": " + quote(buildDate.toString()) + ",\n"
                + "  \"builtAt\": " + quote(builtAt) + ",\n"
                + "  \"dataDigest\": " + quote("sha256:" + digest(project, inputs)) + ",\n"
                + "  \"assets\": [" + String.join(", ", fingerprinted.stream().map(VersionFile::quote).toList()) + "]\n"
                + "}\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The commit CI names (GitHub, GitLab), else the project's git HEAD, else {@link #UNKNOWN}. */
    static String commit(Path project) {
        for (String variable : new String[]{"GITHUB_SHA", "CI_COMMIT_SHA"}) {
            String v = System.getenv(variable);
            if (v != null && v.matches("[0-9a-fA-F]{7,64}")) {
                return v.toLowerCase();
            }
        }
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(project.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 && out.matches("[0-9a-f]{40,64}")) {
                return out;
            }
        } catch (IOException e) {
            // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return UNKNOWN;
    }

    static String generatorVersion() {
        try (InputStream in = VersionFile.class.getResourceAsStream("/vn/congkhai/generator.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** SHA-256 over every input file's project-relative path and bytes, in path order. */
    static String digest(Path project, List<Path> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path input : inputs) {
                if (!Files.exists(input)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(input)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(project.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0);
                        try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(f), sha)) {
                            in.transferTo(java.io.OutputStream.nullOutputStream()); // in blocks: an asset may be large
                        }
                        sha.update((byte) 0);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
