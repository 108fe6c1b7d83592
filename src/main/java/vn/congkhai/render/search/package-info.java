/**
 * Search without a server: Vietnamese text folded the same way at build time (here) and at query time
 * ({@code assets/js/tim-kiem.js}), and the index the portal's search page downloads, built at build time.
 */
package vn.congkhai.render.search;
