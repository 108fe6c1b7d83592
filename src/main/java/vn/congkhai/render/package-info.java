/**
 * Stage 4, render: plans the portal's pages from the computed results, converts AsciiDoc in
 * SECURE mode and cleans its HTML, and renders every page through jbake-core's template-engine
 * registry with an auto-escaping Freemarker engine of ours. Pages are rendered in parallel and
 * handed to the caller one by one; nothing here writes the published site.
 */
package vn.congkhai.render;
