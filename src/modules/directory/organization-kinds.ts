import type { Selectable } from 'kysely';
import type { OrganizationTable } from '../../platform/db/schema.js';

/**
 * The kinds of organisation (the card's type line `directory.kind.<kind>`, the form's choice, HSDS legal_status): the
 * one list the application reads. The database holds the same values by the check constraint of migration 0001, and
 * platform/db/schema.ts spells them as the column type for Kysely (platform/ imports nothing from modules/, so it
 * cannot read this list); the assertion at the end of this file stops the build when the two differ. Adding a kind:
 * a migration for the check constraint, the column type, this list, and the `directory.kind.*` messages.
 */
export const ORGANIZATION_KINDS = ['association', 'foundation', 'parish', 'umbrella', 'local_branch', 'cooperative', 'other'] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export function isOrganizationKind(value: string): value is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

/** The kind itself when known, else 'other' (what an unknown kind from outside, e.g. an HSDS legal_status, becomes). */
export function toOrganizationKind(value: string): OrganizationKind {
  return isOrganizationKind(value) ? value : 'other';
}

type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time only: this list and the column type in platform/db/schema.ts name the same kinds. */
const kindsMatchTheSchema: SameSet<OrganizationKind, Selectable<OrganizationTable>['kind']> = true;
void kindsMatchTheSchema;
