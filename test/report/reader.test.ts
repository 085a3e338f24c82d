import { parseHTML } from "linkedom";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

// The reader view runs in the browser; linkedom gives it a document here.
let readerView: (text: string, spans: object[], o?: object) => HTMLElement;
let spanTexts: (root: HTMLElement) => Record<string, string>;
beforeAll(async () => {
  (globalThis as { document?: unknown }).document = parseHTML("<!doctype html><html><body></body></html>").document;
  // @ts-expect-error plain browser module without types
  ({ readerView, spanTexts } = await import("../../src/components/reader.js"));
});

describe("reader view", () => {
  it("highlights nested and overlapping spans, each span's text exactly its slice", () => {
    const text = 'Ms Ito said "Tokyo will send 300 engineers in May" on Friday.';
    const s = (kind: string, what: string, from = 0) => ({ kind, start: text.indexOf(what, from), end: text.indexOf(what, from) + what.length, label: what });
    const spans = [s("quote", "Tokyo will send 300 engineers in May"), s("actor", "Tokyo"), s("figure", "300 engineers"), s("date", "May"), s("date", "Friday"), s("actor", "Ms Ito"), { kind: "figure", start: 29, end: 50, label: "overlaps the quote's end" }];
    const root = readerView(text, spans);
    expect(root.textContent).toBe(text);
    const got = spanTexts(root);
    for (const sp of spans) expect(got[`${sp.kind}:${sp.start}-${sp.end}`]).toBe(text.slice(sp.start, sp.end));
    expect(root.querySelectorAll("span.hl-quote.hl-figure").length).toBeGreaterThan(0);
  });

  it("never parses the article as markup", () => {
    const text = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    const root = readerView(text, [{ kind: "actor", start: 0, end: 5, label: "<script>" }]);
    expect(root.textContent).toBe(text);
    expect(root.querySelector("img, b, script")).toBeNull();
  });

  it("skips spans outside the text and keeps the text whole for any spans", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 })), { maxLength: 8 }), (text, pairs) => {
      const spans = pairs.map(([a, b], i) => ({ kind: i % 2 ? "actor" : "date", start: a, end: b, label: "" }));
      const root = readerView(text, spans);
      expect(root.textContent).toBe(text);
      const got = spanTexts(root);
      for (const sp of spans) {
        const key = `${sp.kind}:${sp.start}-${sp.end}`;
        if (sp.start >= 0 && sp.start < sp.end && sp.end <= text.length) expect(got[key]).toBe(text.slice(sp.start, sp.end));
        else if (!spans.some((o) => o !== sp && `${o.kind}:${o.start}-${o.end}` === key && o.start >= 0 && o.start < o.end && o.end <= text.length)) expect(got[key]).toBeUndefined();
      }
    }));
  });
});
