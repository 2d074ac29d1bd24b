/**
 * The meaning of a query's filters, as SearchInput defines it: any value within one list, all lists together;
 * a municipality keeps activities available there plus nationwide and remote ones. Used by the baselines and to
 * check that no judged activity contradicts its query's filters.
 */
export interface Filters {
  needs?: string[];
  supports?: string[];
  targets?: string[];
  municipality?: string;
}

export interface FilterableActivity {
  needs?: string[];
  supports?: string[];
  targets?: string[];
  municipalities?: string[];
  nationwide?: boolean;
  remote?: boolean;
}

export function passesFilters(a: FilterableActivity, f: Filters): boolean {
  const any = (have: string[] | undefined, want: string[] | undefined) => !want || want.length === 0 || want.some((w) => (have ?? []).includes(w));
  if (!any(a.needs, f.needs) || !any(a.supports, f.supports) || !any(a.targets, f.targets)) return false;
  if (f.municipality && !(a.nationwide || a.remote || (a.municipalities ?? []).includes(f.municipality))) return false;
  return true;
}
