/**
 * Live preview for editors ({@code congkhai serve}, {@code mvn congkhai:serve}): builds the portal into a
 * folder of its own, serves it on localhost, rebuilds when a source file changes, reloads the open page,
 * and shows the build's problems in place of the portal while the data is broken.
 */
package vn.congkhai.preview;
