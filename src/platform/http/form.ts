import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { z } from 'zod';
import { invalidInput, type FieldErrors } from '../errors.js';
import { isMessageKey, type MessageKey } from '../i18n/catalog.js';

/**
 * The form contract (as in epic-stack): a form is a Zod schema plus a view.
 * - The GET route renders the view with `emptyForm()` (or the saved values).
 * - The POST route declares the same view as `config: { form: renderer }`, then calls `parseForm(schema, body)` and
 *   its use case. A parse failure, or a use case throwing `invalidInput({ field: 'key' })`, reaches the central
 *   error handler, which renders the view again with status 400, the error summary, the field errors and the
 *   input exactly as typed. Success answers 303 to the next page. Routes never catch.
 * Zod messages in form schemas are message keys (`z.string().min(1, 'auth.signIn.emailMissing')`); a message that
 * is not a key (Zod's own English) shows as the generic `form.invalid`.
 */

/** What was typed, by field name (repeated fields as arrays). The CSRF token is left out. */
export type FormValues = Record<string, string | string[]>;

export interface FormState {
  values: FormValues;
  errors: FieldErrors;
}

/** Renders the form's page for a state (called with status 400 after an error). */
export type FormRenderer = (request: FastifyRequest, reply: FastifyReply, state: FormState) => VNode<any> | Promise<VNode<any>>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The form view a POST route shows again when its input is rejected (see platform/http/form.ts). */
    form?: FormRenderer;
  }
}

export function emptyForm(values: FormValues = {}): FormState {
  return { values, errors: {} };
}

/** The typed values of a url-encoded body: strings and string arrays only, without `_csrf`. */
export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (typeof body !== 'object' || body === null) return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return out;
}

/** One value of a field (the first, when repeated), or ''. */
export function formValue(values: FormValues, name: string): string {
  const v = values[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/** Every value of a field (checkboxes), or []. */
export function formValueList(values: FormValues, name: string): string[] {
  const v = values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Field name → message key for each failed Zod check; the first problem of a field wins. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (out[field]) continue;
    out[field] = isMessageKey(issue.message) ? (issue.message as MessageKey) : 'form.invalid';
  }
  return out;
}

/** Parses a form body with its schema, or throws `invalidInput` with the field errors. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw invalidInput(fieldErrorsOf(result.error));
}
