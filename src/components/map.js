// The Map page's chart: the projection is fitted to the places shown (the whole
// world when they are spread over it, so nothing is cropped), and the most
// mentioned places are labelled where their labels do not collide (labels.js);
// every dot keeps its tip.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import {placeLabels} from "./labels.js";
import {mapDomain} from "./map-domain.js";

const INSET = 12;

/**
 * The map of `rows` ({lon, lat, name, kind, mentions, …}) over `land` at `width` px (a fixed
 * width: following the page's would wait for its first layout before drawing).
 */
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
