/**
 * Stage 3, compute: every number the portal publishes is worked out here, with its derivation in
 * plain Vietnamese, so templates only lay out results and never calculate them.
 */
package vn.congkhai.compute;
