// What the Map's projection is fitted to (map.js): the whole sphere when the
// places are spread over it, else the places' box with a margin, never narrower
// than a region, so one city is not drawn as a street map. Plain JavaScript
// without npm: imports, so the unit tests load it in Node.

// Places spread over more than this many degrees of longitude or latitude get the whole world.
export const WORLD_SPAN = {lon: 100, lat: 60};
// A region is framed at least this many degrees wide (half as many high).
export const MIN_SPAN = 24;
const MARGIN = 1.3;

/** GeoJSON for `rows` ({lon, lat}): {type: "Sphere"} or a MultiPoint of the framed box's corners and edge midpoints. */
export function mapDomain(rows) {
  if (!rows.length) return {type: "Sphere"};
  const lons = rows.map((d) => d.lon), lats = rows.map((d) => d.lat);
  const x0 = Math.min(...lons), x1 = Math.max(...lons), y0 = Math.min(...lats), y1 = Math.max(...lats);
  if (x1 - x0 > WORLD_SPAN.lon || y1 - y0 > WORLD_SPAN.lat) return {type: "Sphere"};
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const hw = Math.max(MIN_SPAN, (x1 - x0) * MARGIN) / 2, hh = Math.max(MIN_SPAN / 2, (y1 - y0) * MARGIN) / 2;
  const lat = (y) => Math.max(-89, Math.min(89, y));
  const [s, n] = [lat(cy - hh), lat(cy + hh)];
  return {type: "MultiPoint", coordinates: [[cx - hw, s], [cx + hw, s], [cx - hw, n], [cx + hw, n], [cx, s], [cx, n]]};
}
