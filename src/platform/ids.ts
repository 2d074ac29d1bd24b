import { v4, v5, validate } from 'uuid';

/** Namespace for Tarjotin's name-based (v5) identifiers. */
const NAMESPACE = '6f1d3c2e-4b7a-5e0f-9a1b-2c3d4e5f6a7b';

/** A stable UUID for a thing named by kind and key, e.g. stableId('taxonomy_term', 'need:masennus'). */
export function stableId(kind: string, key: string): string {
  return v5(`${kind}:${key}`, NAMESPACE);
}

export function newId(): string {
  return v4();
}

export function isUuid(value: string): boolean {
  return validate(value);
}
