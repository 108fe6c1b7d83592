/**
 * Stage 1, load: reads {@code data/*.yaml} into the model's records and {@code content/*.adoc}
 * headers into {@link vn.congkhai.model.ContentDoc}s. YAML is parsed into a small tree that keeps
 * the line and column of every value, so each problem names where the editor must look.
 */
package vn.congkhai.load;
