// One block of a report page: a chart or a table, the DuckDB SQL that made its
// rows (folded under it) and a CSV download of exactly those rows. Every block
// carries data-block (a name) and data-rows (its row count) so a reader's
// browser test can check what is shown against the tables.
import * as Inputs from "npm:@observablehq/inputs";
import {csvButton} from "./csv.js";
import {pageHref} from "./links.js";
import {snapshotKey} from "./queries.js";

/** A DuckDB result (Arrow) as plain objects: BigInt → Number, list vectors → arrays. */
export function plain(table) {
  return table.toArray().map((row) => {
    const o = row.toJSON();
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === "bigint") o[k] = Number(v);
      else if (v != null && typeof v === "object" && typeof v.toArray === "function") o[k] = Array.from(v.toArray(), (x) => (typeof x === "bigint" ? Number(x) : x));
    }
    return o;
  });
}

/**
 * Runs `text` (with `?` placeholders bound to `params`) on Framework's DuckDB client,
 * or takes its rows from the page's build-time `snapshot` (src/data/report.tar.ts)
 * when that ran exactly this text with these parameters: no wait for DuckDB-WASM.
 */
export async function query(sql, text, params = [], snapshot, setup) {
  const rows = snapshot?.[snapshotKey(text, params)];
  if (rows) return rows.map((r) => ({...r}));
  await setup?.();
  return plain(await sql([text], ...params));
}

/** Runs a page's setup statement on DuckDB-WASM once, when a query first needs it. */
export function once(sql, text) {
  let done;
  const run = () => (done ??= sql([text]));
  run.sql = text;
  return run;
}

/** The lines the cleaner removed from each article, folded one <details> per article. */
export function boilerplateList(articles) {
  // Built node by node: htl's template for thousands of <details> took minutes to lay out.
  const root = document.createElement("div");
  for (const m of articles) {
    const details = document.createElement("details");
    details.className = "boilerplate";
    details.dataset.article = m.id;
    const summary = document.createElement("summary");
    const code = document.createElement("code");
    code.textContent = m.sha256;
    const n = m.boilerplate.length;
    summary.append(`${m.id} · sha256 `, code, ` · ${n} removed line${n === 1 ? "" : "s"}`);
    const ol = document.createElement("ol");
    for (const line of m.boilerplate) ol.append(Object.assign(document.createElement("li"), {textContent: line}));
    details.append(summary, ol);
    root.append(details);
  }
  return root;
}

/** The query, folded, with its bound parameters (after the page's setup statement, if any). */
export function sqlBox(text, params = [], setup) {
  const details = document.createElement("details");
  details.className = "sql";
  const summary = document.createElement("summary");
  summary.textContent = "SQL";
  const pre = document.createElement("pre");
  const code = document.createElement("code");
  code.className = "language-sql";
  code.textContent = (setup ? `-- made once per page:\n${setup.trim()};\n\n` : "") + text.trim() +
    (params.length ? `\n-- parameters: ${params.map((p) => JSON.stringify(p)).join(", ")}` : "");
  pre.append(code);
  details.append(summary, pre);
  return details;
}

// `matching`/`all`: a block that shows the first rows of a larger result says how many
// match, and its CSV fetches them all (`all()`) when clicked.
function frame(name, rows, content, {sql, params, columns, caption, setup, matching, all}) {
  const figure = document.createElement("figure");
  figure.className = "block";
  figure.dataset.block = name;
  figure.dataset.rows = String(rows.length);
  if (matching != null) figure.dataset.matching = String(matching);
  if (caption) {
    const c = document.createElement("figcaption");
    c.textContent = caption;
    figure.append(c);
  }
  figure.append(content);
  const tools = document.createElement("div");
  tools.className = "block-tools";
  tools.append(sqlBox(sql, params, setup?.sql), csvButton(rows, name, columns, {count: matching, all}));
  figure.append(tools);
  return figure;
}

export function noRows(what = "rows") {
  const p = document.createElement("p");
  p.className = "no-rows";
  p.textContent = `No ${what} in the tables yet.`;
  return p;
}

/** A sortable table of `rows` (search it with Inputs.search in the page), or a "no rows" note. */
export function tableBlock(name, rows, {sql, params, columns, caption, setup, matching, all, ...options} = {}) {
  // Rows the reporter fixed in data/corrections.csv carry the note: shown in their own column.
  if (columns && !columns.includes("correction") && rows.some((r) => r.correction)) {
    columns = [...columns, "correction"];
    options = {...options, header: {correction: "corrected", ...options.header}, width: {correction: 160, ...options.width}};
  }
  const content = rows.length ? Inputs.table(rows, {columns, rows: 12.5, ...options}) : noRows();
  return frame(name, rows, content, {sql, params, columns, caption, setup, matching, all});
}

/** A chart made by `draw(rows)` (skipped with a "no rows" note when there are none). */
export function chartBlock(name, rows, draw, {sql, params, columns, caption, setup} = {}) {
  return frame(name, rows, rows.length ? draw(rows) : noRows(), {sql, params, columns, caption, setup});
}

/** A link to the sentence a row came from, in the Sources page's reader view. */
export function sourceLink(article, start, end, label) {
  const a = document.createElement("a");
  a.href = `./${pageHref("sources", {article, span: start == null ? null : `${start}-${end}`})}`;
  a.textContent = label ?? article;
  return a;
}
