package vn.congkhai;

import vn.congkhai.model.Lang;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Say;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param published true when the new site replaced the old one; false leaves the old site untouched
 * @param problems  every error and warning, sorted by file and line
 * @param pages     the number of HTML pages in the site
 * @param written   files whose bytes changed (written anew)
 * @param unchanged files identical to the previous build's (kept as they were)
 * @param parsed    pages the check stage parsed in full; pages whose bytes it had checked before are not parsed again
 * @param stageMillis how long each stage took, in pipeline order
 * @param conformanceLine the one-line conformance summary in both languages ("Đáp ứng 9/11 quy định; 2 cảnh báo; ..."); empty when not reached
 * @param upToDate  true when nothing changed since the last successful build, so nothing was built: the site, the
 *                  conformance line and the warnings are that build's ({@link vn.congkhai.publish.UpToDate})
 */
public record BuildResult(boolean published, Path output, List<Problem> problems, int pages, int written, int unchanged,
                          int parsed, Map<String, Long> stageMillis, Say conformanceLine, boolean upToDate) {

    /** A build that ran. */
    public BuildResult(boolean published, Path output, List<Problem> problems, int pages, int written, int unchanged,
                       int parsed, Map<String, Long> stageMillis, Say conformanceLine) {
        this(published, output, problems, pages, written, unchanged, parsed, stageMillis, conformanceLine, false);
    }

    /** The conformance summary in Vietnamese. */
    public String conformance() {
        return conformanceLine.vi();
    }

    public String conformance(Lang lang) {
        return conformanceLine.in(lang);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
