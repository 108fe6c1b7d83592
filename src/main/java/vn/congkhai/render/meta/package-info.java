/**
 * Machine-readable descriptions of the portal (NĐ 224/2026 Điều 11 k5): {@code sitemap.xml} and
 * {@code robots.txt}, Atom feeds, schema.org JSON-LD for the head of pages.
 */
package vn.congkhai.render.meta;
