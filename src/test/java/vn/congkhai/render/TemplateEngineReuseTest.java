package vn.congkhai.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Problem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds in one JVM share a template engine (issue 13, the preview): never at the cost of a stale page or a lost error. */
class TemplateEngineReuseTest {
    @TempDir
    Path dir;

    private BuildResult build() {
        return Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)));
    }

    @Test
    void anEditedTemplateIsRenderedAnewInTheSameJvm() {
        MiniWard.write(dir);
        TestProjects.write(dir, "templates/404.ftlh", "<!DOCTYPE html><html lang=\"vi\"><head><title>Không có</title></head><body><p>Trang cũ</p></body></html>\n");
        assertTrue(build().published());
        assertTrue(TestProjects.read(dir.resolve("site/404.html")).contains("Trang cũ"));
        TestProjects.write(dir, "templates/404.ftlh", "<!DOCTYPE html><html lang=\"vi\"><head><title>Không có</title></head><body><p>Trang mới</p></body></html>\n");
        assertTrue(build().published());
        assertTrue(TestProjects.read(dir.resolve("site/404.html")).contains("Trang mới"), "not the engine of the last build's templates");
    }

    @Test
    void aBrokenTemplateIsExplainedInFullOnEveryBuild() {
        MiniWard.write(dir);
        TestProjects.write(dir, "templates/404.ftlh", "<!DOCTYPE html><html lang=\"vi\"><body><#if page??>\n<p>x</p></body></html>\n");
        List<String> first = build().problems().stream().filter(Problem::isError).map(Problem::format).toList();
        List<String> second = build().problems().stream().filter(Problem::isError).map(Problem::format).toList();
        assertFalse(first.isEmpty());
        assertTrue(first.get(0).startsWith("templates/404.ftlh:"), first::toString);
        // Freemarker remembers a template that failed and says only "earlier attempt": the next build must not
        // get that engine, or the editor would lose the line and column of the mistake
        assertEquals(first, second);
    }
}
