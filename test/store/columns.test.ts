import { describe, expect, it } from "vitest";
import type { Candidate } from "../../loaders/actors/candidate.js";
import { decodeCandidates, encodeCandidates } from "../../loaders/store/columns.js";

const cand = (over: Partial<Candidate> = {}): Candidate => ({
  doc: "a1", start: 0, end: 12, text: "Marta Quillon", sentence: 0, kind: "person", name: "Marta Quillon",
  country: null, role: "mayor", via: "person", alias: true, weak: false, ...over,
});

describe("candidate columns", () => {
  it("decode to the candidates encoded, nulls and booleans included", () => {
    const rows = [cand(), cand({ start: 40, end: 47, text: "Quillon", weak: true, role: null }), cand({ kind: "place", name: "Vellmar", country: "DE", via: "gazetteer", alias: false })];
    expect(decodeCandidates(encodeCandidates(rows))).toStrictEqual(rows);
    expect(decodeCandidates(encodeCandidates([]))).toStrictEqual([]);
  });

  it("keep as JSON what the columns cannot hold exactly: a float, a missing or an extra field", () => {
    const odd: Candidate[][] = [[cand({ start: 1.5 })], [{ ...cand(), extra: 1 } as Candidate], [{ ...cand(), country: undefined } as unknown as Candidate]];
    for (const rows of odd) {
      const b = encodeCandidates(rows);
      expect(b.readUInt32LE(0)).toBe(0xffffffff);
      expect(decodeCandidates(b)).toStrictEqual(JSON.parse(JSON.stringify(rows)));
    }
  });
});
