/**
 * Recognises the three HSDS 3.0 file shapes the importer reads:
 *   (a) an array of organizations, each with its services nested (`services`),
 *   (b) an array of services, each with its organization nested (`organization`),
 *   (c) an HSDS page envelope (`total_items`, …, `contents`) whose `contents` is (a) or (b).
 * Anything else is an UnrecognisedHsdsFileError (the CLI exits 2).
 */
export type RecordKind = 'organization' | 'service';

export interface HsdsRecord {
  /** JSONPath of the record in the file, e.g. `$[12]` or `$.contents[12]`. */
  path: string;
  value: unknown;
}

export interface HsdsFile {
  kind: RecordKind;
  /** Page details when the file is a page envelope (only that page is imported). */
  page: { pageNumber: number | null; totalPages: number | null; totalItems: number | null } | null;
  records: HsdsRecord[];
}

export class UnrecognisedHsdsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnrecognisedHsdsFileError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function looksLikeService(v: Record<string, unknown>): boolean {
  return isObject(v.organization);
}

function looksLikeOrganization(v: Record<string, unknown>): boolean {
  if (Array.isArray(v.services) || Array.isArray(v.organization_identifiers)) return true;
  // An organization without services: HSDS requires id, name and description; a service has status instead.
  return 'id' in v && 'name' in v && 'description' in v && !('status' in v) && !('organization' in v);
}

/** How one record looks (null: not an object); the rules of detectHsdsShape, for a file read record by record. */
export function classifyRecord(v: unknown): { service: boolean; organization: boolean } | null {
  if (!isObject(v)) return null;
  return { service: looksLikeService(v), organization: looksLikeOrganization(v) };
}

function detectArray(items: unknown[], base: string): Pick<HsdsFile, 'kind' | 'records'> {
  const records = items.map((value, i) => ({ path: `${base}[${i}]`, value }));
  const notObject = items.findIndex((v) => !isObject(v));
  if (notObject >= 0) throw new UnrecognisedHsdsFileError(`${base}[${notObject}] is not an object: expected HSDS organizations or services`);
  const objects = items as Record<string, unknown>[];
  const services = objects.filter(looksLikeService).length;
  const organizations = objects.filter(looksLikeOrganization).length;
  if (services > 0 && organizations > 0) {
    throw new UnrecognisedHsdsFileError(`${base} mixes organizations (with "services") and services (with "organization"): use one shape per file`);
  }
  if (services > 0) return { kind: 'service', records };
  if (organizations > 0 || items.length === 0) return { kind: 'organization', records };
  throw new UnrecognisedHsdsFileError(
    `${base} holds neither HSDS organizations (with nested "services") nor services (with a nested "organization")`,
  );
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Decides the shape of parsed JSON and lists its records with their JSON paths. */
export function detectHsdsShape(data: unknown): HsdsFile {
  if (Array.isArray(data)) return { ...detectArray(data, '$'), page: null };
  if (isObject(data) && 'contents' in data) {
    if (!Array.isArray(data.contents)) throw new UnrecognisedHsdsFileError('$.contents of the page envelope is not an array');
    return {
      ...detectArray(data.contents, '$.contents'),
      page: { pageNumber: num(data.page_number), totalPages: num(data.total_pages), totalItems: num(data.total_items) },
    };
  }
  throw new UnrecognisedHsdsFileError(
    'expected an array of HSDS organizations, an array of HSDS services, or an HSDS page envelope with "contents"',
  );
}
