package vn.congkhai.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.congkhai.BuildConfig;
import vn.congkhai.preview.Preview;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code mvn congkhai:serve}: the live preview. Builds the portal into {@code target/congkhai-preview/}
 * (never {@code site/}), serves it on {@code http://127.0.0.1:8080/}, rebuilds when a file under
 * {@code content/}, {@code data/}, {@code templates/} or {@code assets/} changes and reloads the open page;
 * while the data has errors the page lists them. Runs until Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public class ServeMojo extends AbstractMojo {

    /** The ward's repository. */
    @Parameter(property = "congkhai.projectDirectory", defaultValue = "${project.basedir}", required = true)
    private File projectDirectory;

    /** The port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "congkhai.port", defaultValue = "8080")
    private int port;

    /** The date the portal is "as of" (YYYY-MM-DD); by default jbake.properties, then SOURCE_DATE_EPOCH, then today. */
    @Parameter(property = "congkhai.buildDate")
    private String buildDate;

    /** The language of the problems shown: {@code vi} (default) or {@code en}. */
    @Parameter(property = "congkhai.lang", defaultValue = "vi")
    private String lang;

    @Override
    public void execute() throws MojoFailureException {
        BuildConfig config = BuildConfig.of(projectDirectory.toPath());
        if (buildDate != null && !buildDate.isBlank()) {
            try {
                config = config.withBuildDate(LocalDate.parse(buildDate.strip()));
            } catch (DateTimeParseException e) {
                throw new MojoFailureException("congkhai.buildDate `" + buildDate + "` phải có dạng năm-tháng-ngày, ví dụ 2024-11-30.");
            }
        }
        vn.congkhai.model.Lang language = vn.congkhai.model.Lang.parse(lang)
                .orElseThrow(() -> new MojoFailureException("congkhai.lang `" + lang + "`: dùng `vi` hoặc `en`."));
        try (Preview preview = Preview.start(config, port, language, getLog()::info)) {
            getLog().info("Xem trước tại " + preview.address() + " (Ctrl-C để dừng).");
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MojoFailureException("Không mở được máy chủ xem trước: " + e.getMessage(), e);
        }
    }
}
