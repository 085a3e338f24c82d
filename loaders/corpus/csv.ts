// Writing one CSV row by hand: RFC 4180 quoting is four lines, smaller than a
// dependency (csv-parse, which we use for reading, has no writer).
export function csvCell(v: string | null | undefined): string {
  const s = v ?? "";
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: (string | null | undefined)[]): string => cells.map(csvCell).join(",");
