// "The Norlandic and Estovian foreign ministers met", "Norlandic and Estovian troops clashed":
// two demonyms coordinated before one organ name two states' organs, each its own party, as
// "Norland and Estovia met" does. The organ follows the second demonym only; the first is
// read here from the words right before it.

/** A capitalised word (or two) and "and" right before the second demonym. */
const FIRST_BEFORE = /(?:^|[^\p{L}-])((?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*)\s+and\s+$/u;

/** The pattern's end, tested first: cheap where most texts fail it. */
const AND_AT_END = /\sand\s+$/;

/** The first demonym coordinated with the one at `rel` in `seg`, with its offset, or null. */
export function coordinatedDemonym(seg: string, rel: number, table: Map<string, string>): { text: string; rel: number } | null {
  const before = seg.slice(Math.max(0, rel - 40), rel);
  const m = AND_AT_END.test(before) ? FIRST_BEFORE.exec(before) : null;
  if (!m) return null;
  const words = m[1]!;
  const text = table.has(words) ? words : table.has(words.split(/\s+/u).pop()!) ? words.split(/\s+/u).pop()! : null;
  if (!text) return null;
  const at = seg.lastIndexOf(`${text} and`, rel);
  return at < 0 ? null : { text, rel: at };
}
