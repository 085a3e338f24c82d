// CSV of a block's rows, safe to open in a spreadsheet.
// Excel, LibreOffice and Google Sheets evaluate a cell that starts with = + - @
// (and, after trimming, tab or carriage return) as a formula: an article can say
// "=HYPERLINK(...)" and a reader's spreadsheet would run it (OWASP "CSV
// injection"). Such cells are prefixed with a single quote, which every
// spreadsheet shows as text. Written by hand because it is twenty lines and the
// page must not pull a CSV library into the browser.

const DANGEROUS = /^[=+\-@\t\r]/;

/** One cell as text: formulas defused, numbers and booleans as written, lists joined by "; ". */
export function cellText(value) {
  if (value == null) return "";
  if (value instanceof Date) return Number.isNaN(+value) ? "" : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return cellText(value.map((v) => (v == null ? "" : String(v))).join("; "));
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  const text = String(value);
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: a cell with a comma, quote or line break is wrapped in quotes, quotes doubled. */
function quote(text) {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text (CRLF line ends, header first); columns default to the first row's keys. */
export function toCSV(rows, columns) {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const lines = [cols.map((c) => quote(cellText(c))).join(",")];
  for (const row of rows) lines.push(cols.map((c) => quote(cellText(row[c]))).join(","));
  return lines.join("\r\n") + "\r\n";
}

/**
 * A button that downloads the rows as `<name>.csv` (a Blob made on click: nothing is fetched
 * from outside). When the block shows only the first rows, `count` says how many there are
 * and `all()` gets them (a DuckDB query) on click.
 */
export function csvButton(rows, name, columns, { count = rows.length, all } = {}) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "csv-download";
  button.textContent = `Download CSV (${count} row${count === 1 ? "" : "s"})`;
  button.addEventListener("click", async () => {
    const data = all ? await all() : rows;
    // The BOM makes Excel read the file as UTF-8 (names like Zelenskyy, Україна).
    const blob = new Blob(["\ufeff", toCSV(data, columns)], { type: "text/csv;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${name}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  return button;
}
