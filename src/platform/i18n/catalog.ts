/**
 * The fi / sv / en message registry. The platform knows no module: each module's messages file is registered in
 * `src/catalogs.ts` (a src-level registry, like `src/routes.ts`), which also adds its keys to `MessageRegistry`
 * by declaration merging, so `MessageKey` covers every registered key and a mistyped key fails the type check.
 */

/** Every message key, added by `src/catalogs.ts` (`declare module`). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface MessageRegistry {}
export type MessageKey = keyof MessageRegistry & string;

/** One messages file: the same keys in Finnish, Swedish and English. */
export interface CatalogPart {
  fi: Record<string, string>;
  sv: Record<string, string>;
  en: Record<string, string>;
}

const catalogs: { fi: Record<string, string>; sv: Record<string, string>; en: Record<string, string> } = { fi: {}, sv: {}, en: {} };
const registered: CatalogPart[] = [];

/** Adds messages files to the catalogs (called once, at start-up, by src/catalogs.ts). A key may be defined once. */
export function registerCatalogParts(parts: readonly CatalogPart[]): void {
  for (const part of parts) {
    if (registered.includes(part)) continue;
    for (const key of Object.keys(part.fi)) {
      if (key in catalogs.fi) throw new Error(`message key "${key}" is defined twice`);
    }
    registered.push(part);
    Object.assign(catalogs.fi, part.fi);
    Object.assign(catalogs.sv, part.sv);
    Object.assign(catalogs.en, part.en);
  }
}

/** The registered messages of one language. */
export function messagesOf(lang: 'fi' | 'sv' | 'en'): Readonly<Record<string, string>> {
  return catalogs[lang];
}

/** Every registered messages file (for the completeness test). */
export function registeredCatalogParts(): readonly CatalogPart[] {
  return registered;
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(catalogs.fi, value);
}
