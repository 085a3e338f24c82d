import * as chrono from "chrono-node";
import type { DateRow, Doc } from "../types.js";
import { parsePub, resolve, ymd } from "./resolve.js";

// chrono-node reads the expressions; resolve.ts applies the gold guide's
// conventions. chrono costs far more than a regex, so it only sees sentences
// that contain a date word or a year, one sentence at a time (which also stops
// it from gluing "Last year. 9am" across a sentence end).

const CUE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|overnight|week|weekend|month|year|ago|fortnight)\b|\b(?:1[5-9]|20)\d\d\b/i;
// A year standing alone after a preposition ("in 2014", "since 2014"), which chrono does not read.
const BARE_YEAR = /\b(?:in|since|by|until|till|from|before|after|during|through|of|early|late|mid-?)\s+((?:1[5-9]|20)\d\d)(?![\d,.]\d|\s*[-–]\s*\d|s\b|\s*(?:\p{L}+\s+)?(?:troops|soldiers|people|drones|tonnes))/giu;
const OVERNIGHT = /\bovernight\b/gi;

export function extractDates(doc: Doc): DateRow[] {
  const text = doc.text;
  if (!text) return [];
  const pub = parsePub(doc.published);
  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const rows: DateRow[] = [];
  const add = (start: number, end: number, value: string | null) => {
    if (!value || end <= start) return;
    if (rows.some((r) => start < r.end && r.start < end)) return;
    rows.push({ article: doc.id, text: text.slice(start, end), value, start, end });
  };
  for (const s of doc.sentences) {
    const sent = text.slice(s.start, s.end);
    if (!CUE.test(sent)) continue;
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.parse(sent, { instant: ref, timezone: 0 });
    } catch {
      results = [];
    }
    let hasDay = false;
    for (const r of results) {
      let start = s.start + r.index;
      let end = start + r.text.length;
      while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
      const phrase = text.slice(start, end);
      // "later this week", "earlier this month": the modifier is part of the expression
      const mod = /\b(later|earlier|early|late)\s+$/i.exec(text.slice(Math.max(s.start, start - 10), start));
      if (mod && /^this\b/i.test(phrase)) start -= mod[0].length;
      const value = resolve(phrase, r.start, pub);
      if (value && value.length === 10) hasDay = true;
      add(start, end, value);
    }
    for (const m of sent.matchAll(BARE_YEAR)) {
      const at = s.start + m.index! + m[0].lastIndexOf(m[1]!);
      add(at, at + m[1]!.length, m[1]!);
    }
    // "attacked overnight": the night before publication, dated the publication day,
    // unless the sentence names the day itself ("overnight into Saturday").
    if (pub && !hasDay)
      for (const m of sent.matchAll(OVERNIGHT)) add(s.start + m.index!, s.start + m.index! + m[0].length, ymd(pub.y, pub.m, pub.d));
  }
  return rows.sort((a, b) => a.start - b.start);
}

export { findVagueTimes } from "./vague.js";
