import { describe, expect, it } from "vitest";
// @ts-expect-error plain browser module without types
import { MIN_SPAN, mapDomain as mapDomainJS } from "../../src/components/map-domain.js";

type Domain = { type: "Sphere" } | { type: "MultiPoint"; coordinates: [number, number][] };
const mapDomain = mapDomainJS as (rows: { lon: number; lat: number }[]) => Domain;
const at = (lon: number, lat: number) => ({ lon, lat });

describe("the Map's projection domain", () => {
  it("is the whole sphere for places spread over continents, or none at all", () => {
    expect(mapDomain([at(-97, 38), at(138, 36), at(32, 49)])).toEqual({ type: "Sphere" });
    expect(mapDomain([at(20, 65), at(25, -30)])).toEqual({ type: "Sphere" });
    expect(mapDomain([])).toEqual({ type: "Sphere" });
  });

  it("frames places in one region with a margin around every one of them", () => {
    const rows = [at(2, 46), at(30.5, 50.4), at(36.2, 51.7), at(9, 51), at(28, 53)];
    const d = mapDomain(rows);
    expect(d.type).toBe("MultiPoint");
    if (d.type !== "MultiPoint") return;
    const lons = d.coordinates.map((c) => c[0]), lats = d.coordinates.map((c) => c[1]);
    for (const r of rows) {
      expect(r.lon).toBeGreaterThan(Math.min(...lons));
      expect(r.lon).toBeLessThan(Math.max(...lons));
      expect(r.lat).toBeGreaterThan(Math.min(...lats));
      expect(r.lat).toBeLessThan(Math.max(...lats));
    }
  });

  it("frames a single place as a region, not a street map, and never past the poles", () => {
    const d = mapDomain([at(30.5, 50.4)]);
    if (d.type !== "MultiPoint") throw new Error("expected a box");
    const lons = d.coordinates.map((c) => c[0]);
    expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(MIN_SPAN);
    const polar = mapDomain([at(15, 88), at(20, 85)]);
    if (polar.type !== "MultiPoint") throw new Error("expected a box");
    for (const [, lat] of polar.coordinates) expect(Math.abs(lat)).toBeLessThanOrEqual(89);
  });
});
