import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Status } from '../../platform/db/schema.js';

/*
 * What the public may see of the directory: the one place that says it. Every repository that reads for the public
 * (directory pages, search and its suggestions, the HSDS API, the demo counts, the freshness checks) builds its
 * conditions from these helpers instead of writing the status test by hand.
 *
 * - A **public organisation** has the status `published` (not `draft`, `awaiting_review`, `returned` or `archived`).
 * - A **public activity** has the status `published` and belongs to a public organisation.
 * - A **listed** organisation or activity is public and its organisation is not hidden for being unchecked too long
 *   (`organization.stale_hidden_at` is null; set and cleared by src/modules/freshness). Search, the search index
 *   and the search suggestions show listed rows only. The directory pages and the HSDS API show every public row:
 *   a hidden organisation's card stays reachable by its address, with the "may be out of date" mark.
 *
 * Each helper takes the SQL aliases of the tables it tests and returns a boolean SQL expression that works both in a
 * Kysely builder (`.where(isPublicActivity('a', 'o'))`, `eb.and([...])`) and inside a raw `sql` template
 * (`where ${isListedActivity('a', 'o')}`). The status is written as a literal, not a bound parameter, so that the
 * partial index `where status = 'published'` (migration 0008) still serves the queries.
 */

/** The one status in which an organisation or an activity is public. */
export const PUBLIC_STATUS = 'published' satisfies Status;

/**
 * The row's own status is public. On its own only where the organisation is settled otherwise: an activity inside a
 * query that already holds its organisation to be public, or counts that look at an organisation's activities
 * whatever the organisation's state (freshness).
 */
export function hasPublicStatus(alias: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${alias}.status`)} = ${sql.lit(PUBLIC_STATUS)}`;
}

/** A public organisation (table alias `org`). */
export function isPublicOrganization(org: string): RawBuilder<SqlBool> {
  return hasPublicStatus(org);
}

/** A public activity (alias `activity`) of a public organisation (alias `org`, joined on the activity's organisation). */
export function isPublicActivity(activity: string, org: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${hasPublicStatus(activity)} and ${isPublicOrganization(org)})`;
}

/** The organisation is not hidden for being unchecked too long (src/modules/freshness). */
export function isNotHiddenForStaleness(org: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${org}.stale_hidden_at`)} is null`;
}

/** A public organisation that is not hidden for staleness: what search and its suggestions may show. */
export function isListedOrganization(org: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${isPublicOrganization(org)} and ${isNotHiddenForStaleness(org)})`;
}

/** A public activity whose organisation is not hidden for staleness: what the search index and search may show. */
export function isListedActivity(activity: string, org: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${isPublicActivity(activity, org)} and ${isNotHiddenForStaleness(org)})`;
}
