// A word boundary (\b) in a pattern with both the i and u flags costs V8 (this Node's
// irregexp) several times what it costs under either flag alone: the assertion is
// rewritten into lookarounds over a Unicode class, which also turns off the scan's
// quick skip to a likely start. Where one side of the boundary is surely a word
// character (a literal ASCII letter, a digit, \d, or a group all of whose branches
// begin or end so), the boundary only tests the other side: (?<!\w) before such a
// start, (?!\w) after such an end. Under iu, \w and \b read the same word characters
// (ASCII letters, digits, "_", the long s and the Kelvin sign), so the rewritten
// pattern matches exactly what the written one does. The bundle (bundle.js) carries
// the rewritten patterns; the sources keep the plain \b.

const WORD_CHAR = /^[A-Za-z0-9_]$/;
const WORD_CLASS = /^\[(?:[A-Za-z0-9_](?:-[A-Za-z0-9_])?)+\]$/;

/** The length of the escape at i (a backslash): \p{…}, \u{…}, \uXXXX, \xXX, \cX, \k<…>, or two characters. */
function escapeEnd(src, i) {
  const d = src[i + 1];
  if ((d === "p" || d === "P" || d === "u") && src[i + 2] === "{") return src.indexOf("}", i) + 1;
  if (d === "k" && src[i + 2] === "<") return src.indexOf(">", i) + 1;
  return i + (d === "u" ? 6 : d === "x" ? 4 : d === "c" ? 3 : 2);
}

/** One atom at src[i] (not a quantifier, "|" or ")"): its node and where it ends. */
function atomAt(src, i, parseAlts) {
  const c = src[i];
  if (c === "\\") {
    const end = escapeEnd(src, i), text = src.slice(i, end);
    return [{ kind: text === "\\b" || text === "\\B" ? "assert" : "escape", text, at: i }, end];
  }
  if (c === "[") {
    let j = i + 1;
    while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
    if (j >= src.length) throw new Error("unclosed class");
    return [{ kind: "class", text: src.slice(i, j + 1), at: i }, j + 1];
  }
  if (c === "(") {
    let kind = "group", j = i + 1;
    if (src.startsWith("(?:", i)) j = i + 3;
    else if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) [kind, j] = ["look", i + (src[i + 2] === "<" ? 4 : 3)];
    else if (src.startsWith("(?<", i)) j = src.indexOf(">", i) + 1;
    else if (src[i + 1] === "?") throw new Error("unknown group");
    const [alts, end] = parseAlts(j, 1);
    if (src[end] !== ")") throw new Error("unclosed group");
    return [{ kind, alts, at: i }, end + 1];
  }
  if (c === "*" || c === "+" || c === "?" || c === "{") throw new Error("quantifier without atom");
  return [{ kind: c === "^" || c === "$" ? "assert" : c === "." ? "any" : "char", text: c, at: i }, i + 1];
}

/** The least count of the quantifier at i (1 when there is none), and where it ends (a lazy "?" included). */
function quantifierAt(src, i) {
  const m = /^(?:([*?])|\+|\{(\d+)(?:,\d*)?\})/.exec(src.slice(i, i + 24));
  if (!m) return [1, i];
  const end = i + m[0].length;
  return [m[1] ? 0 : m[2] !== undefined ? Number(m[2]) : 1, src[end] === "?" ? end + 1 : end];
}

/** The pattern as branches of atoms, each atom with `min`, its quantifier's least count. Throws on what it does not read. */
function parse(src) {
  const parseAlts = (i, depth) => {
    const alts = [[]];
    while (i < src.length && src[i] !== ")") {
      if (src[i] === "|") {
        alts.push([]);
        i++;
        continue;
      }
      const [atom, end] = atomAt(src, i, parseAlts);
      [atom.min, i] = quantifierAt(src, end);
      alts[alts.length - 1].push(atom);
    }
    if ((i < src.length) !== depth > 0) throw new Error("unbalanced");
    return [alts, i];
  };
  return parseAlts(0, 0)[0];
}

/** Whether every text the atom matches begins (atEnd: ends) with a word character. */
function wordAtom(a, atEnd) {
  if (a.kind === "char") return WORD_CHAR.test(a.text);
  if (a.kind === "escape") return a.text === "\\d" || a.text === "\\w";
  if (a.kind === "class") return WORD_CLASS.test(a.text);
  if (a.kind === "group") return a.alts.every((b) => (atEnd ? endsWord(b, b.length - 1) : startsWord(b, 0)));
  return false;
}
/** Whether what branch b matches from atom j on surely begins with a word character. */
function startsWord(b, j) {
  if (j >= b.length || !wordAtom(b[j], false)) return false;
  return b[j].min > 0 || startsWord(b, j + 1);
}
/** Whether what branch b matches up to atom j surely ends with a word character. */
function endsWord(b, j) {
  if (j < 0 || !wordAtom(b[j], true)) return false;
  return b[j].min > 0 || endsWord(b, j - 1);
}

/** Each boundary to rewrite, as [offset, replacement]; none inside a lookaround. */
function boundaries(alts, out) {
  for (const b of alts)
    b.forEach((a, j) => {
      if (a.kind === "group") boundaries(a.alts, out);
      if (a.kind !== "assert" || a.text !== "\\b" || a.min !== 1) return;
      if (startsWord(b, j + 1)) out.push([a.at, "(?<!\\w)"]);
      else if (endsWord(b, j - 1)) out.push([a.at, "(?!\\w)"]);
    });
  return out;
}

/** The pattern with its one-sided boundaries rewritten; the same text for other flags or what it cannot read. */
export function fastBoundaries(source, flags) {
  if (!flags.includes("i") || !flags.includes("u") || !source.includes("\\b")) return source;
  let edits;
  try {
    edits = boundaries(parse(source), []);
  } catch {
    return source;
  }
  let out = source;
  for (const [at, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, at) + text + out.slice(at + 2);
  return out;
}

/** Each node of an ESTree, depth first. */
function visit(node, f) {
  f(node);
  for (const key in node) {
    const v = node[key];
    if (Array.isArray(v)) for (const x of v) if (x && typeof x.type === "string") visit(x, f);
    if (v && typeof v.type === "string") visit(v, f);
  }
}

/** A module's code with its regex literals' boundaries rewritten; `parse` is acorn's. */
export function rewriteModule(code, parse) {
  const edits = [];
  visit(parse(code, { ecmaVersion: "latest", sourceType: "module" }), (node) => {
    if (node.type !== "Literal" || !node.regex) return;
    const source = fastBoundaries(node.regex.pattern, node.regex.flags);
    if (source !== node.regex.pattern) edits.push([node.start, node.end, `/${source}/${node.regex.flags}`]);
  });
  let out = code;
  for (const [a, b, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + text + out.slice(b);
  return out;
}
