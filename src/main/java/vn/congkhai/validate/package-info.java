/**
 * Stage 2, validate: the rules that no single file can check alone (references between files,
 * ids, sums, ranges). Every violation becomes a {@link vn.congkhai.model.Problem}; nothing is thrown.
 */
package vn.congkhai.validate;
