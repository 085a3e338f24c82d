import { describe, expect, it } from "vitest";
import { outletPatterns, paragraphFeatures } from "../../loaders/clean/classify.js";

// The outlet's patterns skip a paragraph whose lower case lacks a run of the name's
// letters; a paragraph they match must never be skipped.
describe("an outlet named in a paragraph", () => {
  const selfRef = (outlet: string, text: string) => paragraphFeatures(text, { outlet: outletPatterns(outlet), useStopwords: true }).selfRef;

  it.each([
    ["The Herald", "Sign up to THE HERALD today"],
    ["The Herald", "Follow Herald on social media"],
    ["Reuters", "Photo: REUTER\u017f staff"],
    ["Kyiv Post", "Read the \u212ayiv Post for more"],
    ["Coast FM and Upper Varn (VNA/AP)", "Coast FM and Upper Varn live"],
  ])("%s is found in %j", (outlet, text) => expect(selfRef(outlet, text)).toBe(true));

  it.each([
    ["The Herald", "The president heralded a new era"],
    ["Reuters", "Markets fell on Monday"],
  ])("%s is not found in %j", (outlet, text) => expect(selfRef(outlet, text)).toBe(false));

  it("the patterns are the same objects for every article of an outlet", () => {
    expect(outletPatterns("Kyiv Post")).toBe(outletPatterns("Kyiv Post"));
  });
});
