// The SQL a block runs and shows (no npm: imports, so Node tests can load it).

/**
 * The query as it runs: a final ORDER BY gets an explicit `LIMIT ALL` (no limit).
 * DuckDB-WASM 1.29's mvp build, the only one that runs in current Chromium, cannot
 * throw a C++ exception (it dies with "_setThrew is not defined"), and its full sort
 * throws one on an empty table; with a LIMIT the planner sorts another way that
 * empty tables do not trip. The rows and their order are the same.
 */
export function runnable(text) {
  const t = text.trim();
  // The statement's own clauses: parentheses and quoted strings blanked out, so a subquery's
  // ORDER BY … LIMIT or a string containing "limit" is not mistaken for the outer one.
  let top = "", depth = 0, quote = null;
  for (const c of t) {
    if (quote) quote = c === quote ? null : quote;
    else if (c === "'" || c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    top += depth > 0 || quote || c === ")" ? " " : c;
  }
  const order = top.search(/\bORDER\s+BY\b(?![^]*\bORDER\s+BY\b)/i);
  return order >= 0 && !/\bLIMIT\b/i.test(top.slice(order)) ? `${t}\nLIMIT ALL` : t;
}
