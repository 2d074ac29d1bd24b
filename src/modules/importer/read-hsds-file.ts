/**
 * Reads an HSDS 3.0 JSON file record by record (stream-json tokens, one record assembled at a time), so a national
 * export of hundreds of megabytes never sits in memory. The same three shapes as detect-hsds-shape.ts: an array of
 * organizations with nested services, an array of services with a nested organization, or a page envelope whose
 * `contents` is one of those.
 *
 * `scanHsdsFile` reads the whole file once without keeping it: it checks that it is JSON, decides the shape with the
 * same rules as detectHsdsShape (every record an object, one shape per file) and counts the records, so that a bad
 * file is refused before anything is written. `streamHsdsRecords` then hands the records over one by one.
 */
import { open } from 'node:fs/promises';
import Assembler from 'stream-json/assembler.js';
import { parseFile } from 'stream-json/file/parser.js';
import { classifyRecord, UnrecognisedHsdsFileError, type HsdsFile, type RecordKind } from './detect-hsds-shape.js';

/** The file is not JSON (the parser's message says where). */
export class HsdsFileSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HsdsFileSyntaxError';
  }
}

export interface ScannedHsdsFile {
  kind: RecordKind;
  page: HsdsFile['page'];
  /** JSONPath of the records array: `$` or `$.contents`. */
  base: string;
  records: number;
}

type Token = { name: string; value?: unknown };
/** Carries an error of the record consumer through the parser's error handling unchanged. */
class ConsumerError {
  constructor(readonly cause: unknown) {}
}
type OnRecord = (value: unknown, index: number, base: string) => void | Promise<void>;
const PAGE_FIELDS = new Set(['page_number', 'total_pages', 'total_items']);
const UNRECOGNISED =
  'expected an array of HSDS organizations, an array of HSDS services, or an HSDS page envelope with "contents"';

/**
 * Walks the tokens of the file, assembling each element of the records array and calling `onRecord` with it (awaited:
 * a slow consumer slows the reading). Returns where the records were and the page details of an envelope.
 */
async function walk(file: string, onRecord: OnRecord): Promise<{ base: string; page: HsdsFile['page'] }> {
  // Open once first: a missing or unreadable file is an I/O error (ENOENT, EACCES …), not a syntax error.
  await (await open(file, 'r')).close();
  let depth = 0; // containers open
  let envelope = false;
  let recordsDepth = -1; // depth inside the records array, once it is open
  let recordsClosed = false;
  let key: string | null = null; // last key at depth 1 of an envelope
  let assembler: Assembler | null = null;
  let index = 0;
  let base = '$';
  const deliver = async (value: unknown) => {
    try {
      await onRecord(value, index++, base);
    } catch (err) {
      throw new ConsumerError(err);
    }
  };
  const page = { pageNumber: null as number | null, totalPages: null as number | null, totalItems: null as number | null };
  try {
    for await (const token of parseFile({ streamValues: false })(file) as AsyncIterable<Token>) {
      const { name } = token;
      const opens = name === 'startObject' || name === 'startArray';
      const closes = name === 'endObject' || name === 'endArray';
      if (assembler) {
        assembler.consume(token as never);
        if (opens) depth += 1;
        else if (closes) depth -= 1;
        if (depth === recordsDepth) {
          const value = assembler.current;
          assembler = null;
          await deliver(value);
        }
        continue;
      }
      if (depth === 0) {
        if (name === 'startArray') {
          recordsDepth = 1;
        } else if (name === 'startObject') {
          envelope = true;
        } else {
          throw new UnrecognisedHsdsFileError(UNRECOGNISED);
        }
        depth = 1;
        continue;
      }
      if (depth === recordsDepth && !recordsClosed) {
        if (name === 'endArray') {
          recordsClosed = true;
          depth -= 1;
        } else if (opens) {
          assembler = new Assembler();
          assembler.consume(token as never);
          depth += 1;
        } else if (name === 'keyValue') {
          // not reached: the parser only gives keys inside objects
        } else {
          await deliver(token.value ?? null); // a string, number, true, false or null element
        }
        continue;
      }
      if (envelope && depth === 1) {
        if (name === 'keyValue') {
          key = String(token.value);
          continue;
        }
        if (name === 'endObject') {
          depth = 0;
          continue;
        }
        if (key === 'contents' && recordsDepth === -1) {
          if (name !== 'startArray') throw new UnrecognisedHsdsFileError('$.contents of the page envelope is not an array');
          recordsDepth = 2;
          base = '$.contents';
          depth = 2;
          continue;
        }
        if (key !== null && PAGE_FIELDS.has(key) && name === 'numberValue') {
          const n = Number(token.value);
          if (Number.isFinite(n)) {
            if (key === 'page_number') page.pageNumber = n;
            else if (key === 'total_pages') page.totalPages = n;
            else page.totalItems = n;
          }
        }
      }
      if (opens) depth += 1;
      else if (closes) depth -= 1;
    }
  } catch (err) {
    if (err instanceof ConsumerError) throw err.cause;
    if (err instanceof UnrecognisedHsdsFileError || (err as NodeJS.ErrnoException).code) throw err;
    throw new HsdsFileSyntaxError((err as Error).message);
  }
  if (depth !== 0) throw new HsdsFileSyntaxError('unexpected end of the file');
  if (recordsDepth === -1) throw new UnrecognisedHsdsFileError(UNRECOGNISED);
  return { base, page: envelope ? page : null };
}

/**
 * Reads the whole file once: JSON, shape and number of records. Throws HsdsFileSyntaxError for a file that is not
 * JSON and UnrecognisedHsdsFileError for one of another shape (with the messages of detectHsdsShape); I/O errors
 * (a missing file) as they are.
 */
export async function scanHsdsFile(file: string): Promise<ScannedHsdsFile> {
  let services = 0;
  let organizations = 0;
  let notObject: string | null = null;
  let records = 0;
  const { base, page } = await walk(file, (value, index, at) => {
    records += 1;
    const kind = classifyRecord(value);
    if (kind === null) {
      notObject ??= `${at}[${index}]`;
      return;
    }
    if (kind.service) services += 1;
    if (kind.organization) organizations += 1;
  });
  if (notObject !== null) throw new UnrecognisedHsdsFileError(`${notObject} is not an object: expected HSDS organizations or services`);
  if (services > 0 && organizations > 0) {
    throw new UnrecognisedHsdsFileError(`${base} mixes organizations (with "services") and services (with "organization"): use one shape per file`);
  }
  if (services === 0 && organizations === 0 && records > 0) {
    throw new UnrecognisedHsdsFileError(`${base} holds neither HSDS organizations (with nested "services") nor services (with a nested "organization")`);
  }
  return { kind: services > 0 ? 'service' : 'organization', page, base, records };
}

/** Calls `onRecord` for each record of a file already scanned, in file order (awaited before reading on). */
export async function streamHsdsRecords(file: string, onRecord: (value: unknown, index: number) => void | Promise<void>): Promise<void> {
  await walk(file, (value, index) => onRecord(value, index));
}
