/**
 * Stage 6, publish: the new site is written into a staging folder beside the output folder and
 * swapped in only when every stage passed, so a failed or killed build leaves the previously
 * published site whole. Files whose bytes did not change are hard-linked, not rewritten.
 */
package vn.congkhai.publish;
