// The Map page's chart: the projection is fitted to the places shown (the whole
// world when they are spread over it, so nothing is cropped), and the most
// mentioned places are labelled where their labels do not collide (labels.js);
// every dot keeps its tip.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import {placeLabels} from "./labels.js";

// Places spread over more than this many degrees of longitude (or latitude) get the whole world.
const WORLD_SPAN = [100, 60];
// A region is framed at least this many degrees wide, so one city is not drawn as a street map.
const MIN_SPAN = 24;
const INSET = 12;

/** The GeoJSON the projection is fitted to: the sphere, or the places' box with a margin. */
export function mapDomain(rows) {
  const lons = rows.map((d) => d.lon), lats = rows.map((d) => d.lat);
  const [x0, x1] = d3.extent(lons), [y0, y1] = d3.extent(lats);
  if (!rows.length || x1 - x0 > WORLD_SPAN[0] || y1 - y0 > WORLD_SPAN[1]) return {type: "Sphere"};
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const hw = Math.max(MIN_SPAN, (x1 - x0) * 1.3) / 2, hh = Math.max(MIN_SPAN / 2, (y1 - y0) * 1.3) / 2;
  const lat = (y) => Math.max(-89, Math.min(89, y));
  return {type: "MultiPoint", coordinates: [[cx - hw, lat(cy - hh)], [cx + hw, lat(cy - hh)], [cx - hw, lat(cy + hh)], [cx + hw, lat(cy + hh)], [cx, lat(cy - hh)], [cx, lat(cy + hh)]]};
}

/** The map of `rows` ({lon, lat, name, kind, mentions, …}) over `land` at `width` px. */
export function placesMap(rows, land, {width = 640, title} = {}) {
  const domain = mapDomain(rows);
  const height = Math.round(domain.type === "Sphere" ? width / 2 : width * 0.62);
  const projection = d3.geoEqualEarth().fitExtent([[INSET, INSET], [width - INSET, height - INSET]], domain)
    .clipExtent([[0, 0], [width, height]]);
  const r = d3.scaleSqrt().domain([0, d3.max(rows, (d) => d.mentions) ?? 1]).range([0, 18]);
  const items = [...rows]
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map((d) => {
      const [x, y] = projection([d.lon, d.lat]) ?? [NaN, NaN];
      return {...d, x, y, r: Math.max(3, r(d.mentions)), text: d.name};
    })
    .filter((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
  // Labels are placed in px, then given back to Plot as coordinates it projects to those px.
  const labels = placeLabels(items, {width, height}).map((d) => {
    const [lon, lat] = projection.invert([d.lx, d.ly]);
    return {...d, lon, lat};
  });
  const text = (anchor) => Plot.text(labels.filter((d) => d.anchor === anchor), {x: "lon", y: "lat", text: "text", textAnchor: anchor,
    fontSize: 10, fill: "currentColor", stroke: "var(--theme-background)", strokeWidth: 3, paintOrder: "stroke"});
  return Plot.plot({
    width, height, margin: 0,
    projection,
    r: {type: "identity"},
    color: {legend: true},
    marks: [
      Plot.sphere({stroke: "var(--theme-foreground-faint)"}),
      Plot.geo(land, {fill: "var(--theme-foreground-faintest)", stroke: "var(--theme-background)", strokeWidth: 0.5}),
      Plot.dot(items, {x: "lon", y: "lat", r: "r", fill: "kind", fillOpacity: 0.7, stroke: "var(--theme-background)", tip: true, title}),
      text("middle"), text("start"), text("end"),
    ],
  });
}
