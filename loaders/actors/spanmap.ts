import type { NameSpan } from "./ner/tagdoc.js";

/**
 * `spans.map(f)`, built by pushing. The rules after the tagger (tagged.ts) hand each other
 * their results, and `Array.prototype.map` makes a packed array from the builtin but a
 * holey one once TurboFan inlines it into an optimised caller: the arrays a rule passes on
 * would change kind when that rule is optimised, and the next rules' optimised code, built
 * for the other kind, would be thrown away and compiled again. Pushed, the array is packed
 * whichever tier runs the rule.
 */
export function mapSpans(spans: NameSpan[], f: (s: NameSpan, i: number) => NameSpan): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < spans.length; i++) out.push(f(spans[i]!, i));
  return out;
}
