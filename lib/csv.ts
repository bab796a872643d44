/**
 * CSV that is safe to open in a spreadsheet. A cell that starts with =, +, -,
 * @ (or their full-width forms), a tab or a carriage return would run as a
 * formula in Excel, LibreOffice or Sheets (OWASP "CSV injection"), so it gets a
 * leading apostrophe, which spreadsheets show as text. Every CSV we write goes
 * through toCsv; our own import undoes the apostrophe with unescapeCsvCell.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

export function toCsv(rows: CsvCell[][]): string {
  return stringify(rows, { escape_formulas: true });
}

const ESCAPED = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell as it was before toCsv escaped it. */
export function unescapeCsvCell(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}

/** The columns of GET /api/v1/events.csv, in order; the import reads the same ones back. */
export const EVENT_CSV_COLUMNS = [
  'slug',
  'title',
  'type',
  'date_start',
  'date_precision',
  'date_end',
  'date_approximate',
  'date_label',
  'location',
  'summary',
  'actors',
  'sectors',
  'proposals',
  'sources',
  'url',
] as const;
