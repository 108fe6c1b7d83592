/**
 * Stage 5, check: reads the rendered HTML back with jsoup, as a browser would, and refuses a
 * portal with a broken internal link, a page without {@code lang="vi"} or a title, or a script
 * or event handler that is not ours. Then {@link vn.congkhai.check.ConformanceChecker} verifies the
 * conformance rules (data with legal citations) against the data and the staged site.
 */
package vn.congkhai.check;
