package vn.congkhai.check;

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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteCheckerTest {
    @TempDir
    Path dir;

    private BuildResult build() {
        return Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)));
    }

    @Test
    void relativeLinksResolveAgainstThePageAndMayNotClimbOutOfTheSite() {
        assertEquals(Optional.of("tieu-chi/r.html"), SiteChecker.resolve("don-vi/an.html", "../tieu-chi/r.html#tc-a"));
        assertEquals(Optional.of("index.html"), SiteChecker.resolve("index.html", "index.html?x=1"));
        assertEquals(Optional.empty(), SiteChecker.resolve("index.html", "../../etc/passwd"));
    }

    /** The mini ward with its rubric list page laid out by a template whose body is {@code body}. */
    private BuildResult buildWithRubricsBody(String body) {
        MiniWard.write(dir);
        TestProjects.write(dir, "templates/rubrics.ftlh", "<#ftl output_format=\"HTML\">\n<!DOCTYPE html><html lang=\"vi\"><head>"
                + "<meta charset=\"utf-8\"><title>${page.title}</title></head><body>" + body + "</body></html>\n");
        return build();
    }

    @Test
    void aTemplateWithABrokenLinkFailsTheBuildNamingThePageAndPublishesNothing() {
        BuildResult r = buildWithRubricsBody("<a href=\"${page.root}khong-co.html\">?</a>");
        assertFalse(r.published());
        Problem p = r.problems().get(0);
        assertEquals("site/tieu-chi/index.html", p.where().file());
        assertEquals("Liên kết tới `khong-co.html` không dẫn tới trang nào.", p.message());
    }

    @Test
    void anInlineScriptInATemplateIsRefused() {
        BuildResult r = buildWithRubricsBody("<script>alert(1)</script><p onclick=\"x()\">?</p>");
        assertFalse(r.published());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("Trang có mã script nội tuyến")), r.problems()::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("onclick")), r.problems()::toString);
    }

    @Test
    void whatANoscriptInTheHeadHoldsIsCheckedLikeTheRestOfThePage() {
        // A browser without scripting shows (and fetches) what <noscript> holds. jsoup before 1.23 read a <noscript> in
        // the head holding body markup as plain text, so an image from another host in it went unseen.
        vn.congkhai.Problems problems = new vn.congkhai.Problems();
        new SiteChecker(problems, "site", "/").inspect("index.html", "<!DOCTYPE html><html lang=\"vi\"><head><title>T</title>"
                + "<noscript><img src=\"https://theo-doi.example/x.png\" alt=\"\"></noscript></head><body><p>x</p></body></html>");
        assertEquals(List.of("Trang tải nội dung từ máy chủ khác: `https://theo-doi.example/x.png`."),
                problems.sorted().stream().map(Problem::message).toList());
    }

    @Test
    void pagesCheckedByTheLastPublishedBuildAreNotParsedAgain() {
        MiniWard.write(dir);
        BuildResult first = build();
        assertEquals(first.pages(), first.parsed());
        assertEquals(0, build().parsed(), "nothing changed");
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"g.2\": 2}", "\"g.2\": 3}"));
        assertEquals(7, build().parsed(), "the leaderboard, the 4 unit pages (each charts the round's totals) and the pages of criteria g.2 and g changed");
    }
}
