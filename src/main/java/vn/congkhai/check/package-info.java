/**
 * Stage 5, check: reads the rendered HTML back with jsoup, as a browser would, and refuses a
 * portal with a broken internal link, a page without {@code lang="vi"} or a title, or a script
 * or event handler that is not ours.
 */
package vn.congkhai.check;
