/**
 * REGION_HOSTS (src/config.ts): host names that serve a region's portal at their root, as a map host → slug. The
 * Host header may carry a port; it is matched without it, case-insensitively.
 */

/** The host part of a Host header, lower case, without a port. */
export function hostName(header: string | undefined): string {
  return (header ?? '').trim().toLowerCase().replace(/:\d+$/, '');
}

/** The region whose portal a Host header asks for, or null. */
export function regionForHost(hosts: ReadonlyMap<string, string>, header: string | undefined): string | null {
  return hosts.get(hostName(header)) ?? null;
}

/** A pattern matching the mapped hosts (with any port), for the `/` route's host constraint; null when none. */
export function regionHostPattern(hosts: ReadonlyMap<string, string>): RegExp | null {
  if (hosts.size === 0) return null;
  const names = [...hosts.keys()].map((h) => h.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  return new RegExp(`^(${names.join('|')})(:\\d+)?$`, 'i');
}
