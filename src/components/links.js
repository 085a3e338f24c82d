// Links between the report's pages, named as the files the build writes
// (`sources.html`, observablehq.config.ts `preserveExtension`), so they open on a
// plain static host that maps no clean URLs, under any folder; hosts that do map
// them still serve the file itself.

/**
 * `page.html?key=value&…`, relative to the site's root folder; absent values are left out.
 * Each value is encoded, dots too, so no value can read as a file extension or a
 * trailing "." to Framework's path normalizer (search entries pass through it).
 */
export function pageHref(page, params = {}) {
  const query = Object.entries(params)
    .filter(([, v]) => v != null && v !== "")
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v)).replaceAll(".", "%2E")}`)
    .join("&");
  return `${page}.html${query ? `?${query}` : ""}`;
}
