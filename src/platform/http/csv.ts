/**
 * CSV files for spreadsheets, Finnish Excel first: semicolon-separated (the comma is the decimal separator in
 * Finland), UTF-8 with a byte-order mark (without it Excel reads the file as Windows-1252 and breaks "ä" and "ö"),
 * CRLF line ends, RFC 4180 quoting. A text cell that a spreadsheet would read as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, so a value typed by anyone never runs as a formula.
 */

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const BOM = '\uFEFF';
const SEPARATOR = ';';

export type CsvValue = string | number | null;

/** One CSV cell: quoted when it holds a separator, quote or line break; a would-be formula made plain text. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: byte-order mark, one line per row, every line ended by CRLF. */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(SEPARATOR)).join('\r\n') + '\r\n';
}
