import { FOREIGN_LEGAL_FORMS } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";
import { nameSpan } from "./titlesplit.js";

// "Varo Petroleos S.A.", "Orvel Kessing N.V.", "Brask GmbH": a company's legal form written right
// after its name makes the name a company's and belongs to it. The tagger, which saw few of the
// continental forms, often stops before the form and reads the words before it as a person.

/** Legal forms of companies across Europe and beyond, as written after the name. */
const LEGAL_FORMS = new Set([...FOREIGN_LEGAL_FORMS, "PLC", "plc", "LLC", "LLP", "LP"]);

/** The span grown over a legal form right after it, read as an organisation; the span itself otherwise. */
function withForm(toks: Tok[], s: NameSpan): NameSpan {
  const last = toks[s.b - 1]!, next = toks[s.b];
  // the form already inside the span ("Varnel S.A." read as a person): the name is a company's
  if (!s.titled && s.type !== "ORG" && s.b - s.a >= 2 && LEGAL_FORMS.has(last.text)) return nameSpan(s.start, s.end, "ORG", s.a, s.b);
  if (s.titled || !next || next.sentence !== last.sentence || next.start !== last.end + 1 || !LEGAL_FORMS.has(next.text)) return s;
  return nameSpan(toks[s.a]!.start, next.end, "ORG", s.a, s.b + 1);
}

/** The tagger's names with a company's legal form after them taken in, as organisations. */
export function orgLegalForms(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => withForm(toks, s));
}
