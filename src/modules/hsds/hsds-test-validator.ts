import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { HSDS_SCHEMA_BASE } from './openapi.js';

/**
 * Test support only (uses dev dependencies): validators for the official HSDS 3.0 schemas, vendored unchanged in
 * src/modules/hsds/schema/ (source, version and CC BY-SA 4.0 licence in its README.md), so that a fresh clone has them.
 * Schemas are registered under their canonical URLs, the ones the HSDA openapi.json uses in its $refs.
 */

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export function hsdsSchemaDir(): string {
  const dir = join(import.meta.dirname, 'schema');
  if (!existsSync(join(dir, 'openapi.json')) || !existsSync(join(dir, 'compiled/service.json'))) {
    throw new Error(`Official HSDS 3.0 schemas missing from ${dir} (they are part of the repository; see its README.md)`);
  }
  return dir;
}

export interface HsdsValidators {
  /** Validates against a schema by path relative to the schema folder, e.g. "compiled/service.json". */
  validate(schemaPath: string, value: unknown): string[];
  /** Validates a list response against the openapi.json response schema of a list path (Page envelope + contents). */
  validateListResponse(apiPath: string, value: unknown): string[];
  openapi: { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> } };
}

export function loadHsdsValidators(): HsdsValidators {
  const dir = hsdsSchemaDir();
  // The compiled schemas are megabytes of inlined JSON Schema: unoptimised code generation compiles them twice as fast.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, code: { optimize: false } });
  addFormats(ajv);
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json'),
    ...readdirSync(join(dir, 'compiled'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `compiled/${f}`),
  ];
  for (const f of files) {
    const schema = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: HSDS_SCHEMA_BASE + f });
  }
  const openapi = JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8')) as HsdsValidators['openapi'];
  ajv.addSchema({ $id: 'urn:hsda:page', ...(openapi.components.schemas.Page as Record<string, unknown>) });

  const cache = new Map<string, ValidateFunction>();
  const compiled = (key: string, make: () => ValidateFunction) => {
    let v = cache.get(key);
    if (!v) {
      v = make();
      cache.set(key, v);
    }
    return v;
  };
  const errors = (v: ValidateFunction, value: unknown) =>
    v(value) ? [] : (v.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

  return {
    openapi,
    validate(schemaPath, value) {
      return errors(
        compiled(schemaPath, () => {
          const v = ajv.getSchema(HSDS_SCHEMA_BASE + schemaPath);
          if (!v) throw new Error(`no schema ${schemaPath}`);
          return v;
        }),
        value,
      );
    },
    validateListResponse(apiPath, value) {
      return errors(
        compiled(`list:${apiPath}`, () => {
          const schema = openapi.paths[apiPath]?.get?.responses?.['200']?.content?.['application/json']?.schema;
          if (!schema) throw new Error(`no list response schema for ${apiPath}`);
          const text = JSON.stringify(schema).replaceAll('#/components/schemas/Page', 'urn:hsda:page');
          return ajv.compile(JSON.parse(text) as Record<string, unknown>);
        }),
        value,
      );
    },
  };
}
