// Events per PLOVER type and day (Overview and Events pages). The x scale is
// inset by the largest dot's radius, so the first and last days' dots stay
// inside the frame instead of sitting on the type labels.
import * as Plot from "npm:@observablehq/plot";
import {PLOVER_COLORS, PLOVER_ORDER} from "./plover.js";

const R_MAX = 12;

// Plot's default width: a width that follows the page would wait for its first layout
// (Framework's `width`), which delays the first chart on a cold load.
export function timelinePlot(rows) {
  return Plot.plot({
    marginLeft: 90,
    x: {label: "Day", grid: true, type: "utc", inset: R_MAX + 4},
    y: {label: null, domain: PLOVER_ORDER.filter((t) => rows.some((d) => d.type === t))},
    color: {domain: PLOVER_ORDER, range: PLOVER_COLORS},
    r: {range: [3, R_MAX]},
    marks: [
      Plot.dot(rows, {x: (d) => new Date(d.day), y: "type", r: "events", fill: "type", tip: true,
        title: (d) => `${d.type} on ${d.day}: ${d.events} event(s) in ${d.reports} report(s)`})
    ]
  });
}
