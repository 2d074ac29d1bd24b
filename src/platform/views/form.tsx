import type { ComponentChildren } from 'preact';
import type { PageContext } from './page-context.js';
import type { FieldErrors } from '../errors.js';

/**
 * Native form controls with labels, hints and errors wired for screen readers (aria-describedby, aria-invalid).
 * Error texts arrive translated. Every control keeps the value it is given, so a form shown again after an error
 * holds exactly what was typed.
 */

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export interface SummaryItem {
  href: string;
  text: string;
}

/** The error summary at the top of a form: a heading and a link to each invalid field. */
export function ErrorSummary({ ctx, items }: { ctx: PageContext; items: SummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{ctx.t('form.errorSummary')}</h2>
      <ul>
        {items.map((i) => (
          <li>
            <a href={i.href}>{i.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Label({ ctx, id, label, required }: { ctx: PageContext; id: string; label: string; required?: boolean }) {
  return (
    <label for={id}>
      {label}
      {required ? <span class="required"> {ctx.t('form.required')}</span> : null}
    </label>
  );
}

function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

export interface TextProps {
  ctx: PageContext;
  name: string;
  id?: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autocomplete?: string;
  required?: boolean;
  /** Language of the text typed here, when it is not the page's (names and descriptions in sv / en / fi). */
  lang?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'url' | 'text';
}

export function TextInput(p: TextProps) {
  const id = p.id ?? p.name;
  return (
    <div class={p.error ? 'field field-invalid' : 'field'}>
      <Label ctx={p.ctx} id={id} label={p.label} required={p.required} />
      <HintAndError id={id} hint={p.hint} error={p.error} />
      <input
        id={id}
        name={p.name}
        type={(p.type ?? 'text') as 'text'}
        value={p.value}
        autocomplete={p.autocomplete}
        inputMode={p.inputmode}
        lang={p.lang}
        spellcheck={p.type === 'email' || p.type === 'url' ? false : undefined}
        aria-required={p.required ? 'true' : undefined}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
      />
    </div>
  );
}

export function TextArea(p: Omit<TextProps, 'type' | 'autocomplete' | 'inputmode'> & { rows?: number }) {
  const id = p.id ?? p.name;
  return (
    <div class={p.error ? 'field field-invalid' : 'field'}>
      <Label ctx={p.ctx} id={id} label={p.label} required={p.required} />
      <HintAndError id={id} hint={p.hint} error={p.error} />
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 5}
        lang={p.lang}
        aria-required={p.required ? 'true' : undefined}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
      >
        {p.value}
      </textarea>
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(p: { ctx: PageContext; name: string; label: string; value: string; options: Option[]; error?: string; hint?: string; required?: boolean; placeholder?: string }) {
  const id = p.name;
  const known = p.options.some((o) => o.value === p.value);
  return (
    <div class={p.error ? 'field field-invalid' : 'field'}>
      <Label ctx={p.ctx} id={id} label={p.label} required={p.required} />
      <HintAndError id={id} hint={p.hint} error={p.error} />
      <select
        id={id}
        name={p.name}
        aria-required={p.required ? 'true' : undefined}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
      >
        {p.placeholder !== undefined ? <option value="">{p.placeholder}</option> : null}
        {!known && p.value ? <option value={p.value} selected>{p.value}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The id of the first control of a group, where an error summary link should land. */
export function groupAnchor(name: string, options: Option[]): string {
  return options[0] ? `${name}-${options[0].value}` : name;
}

/** A fieldset of checkboxes (or radios) with a legend; the error names the group. */
export function ChoiceGroup(p: {
  ctx: PageContext;
  name: string;
  legend: string;
  options: Option[];
  selected: string[];
  error?: string;
  hint?: string;
  type?: 'checkbox' | 'radio';
  required?: boolean;
  columns?: boolean;
  children?: ComponentChildren;
}) {
  const id = `${p.name}-group`;
  return (
    <fieldset
      class={p.error ? 'field choice-group field-invalid' : 'field choice-group'}
      id={id}
      aria-describedby={describedBy(id, p.hint, p.error)}
    >
      <legend>
        {p.legend}
        {p.required ? <span class="required"> {p.ctx.t('form.required')}</span> : null}
      </legend>
      <HintAndError id={id} hint={p.hint} error={p.error} />
      <ul class={p.columns ? 'choices choices-columns' : 'choices'}>
        {p.options.map((o) => (
          <li>
            <input
              type={p.type ?? 'checkbox'}
              id={`${p.name}-${o.value}`}
              name={p.name}
              value={o.value}
              checked={p.selected.includes(o.value)}
              aria-invalid={p.error ? 'true' : undefined}
            />
            <label for={`${p.name}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
      {p.children}
    </fieldset>
  );
}

/** One checkbox for a yes / no value. */
export function Checkbox(p: { name: string; label: string; checked: boolean; hint?: string }) {
  return (
    <div class="field single-choice">
      <input type="checkbox" id={p.name} name={p.name} value="yes" checked={p.checked} aria-describedby={p.hint ? `${p.name}-hint` : undefined} />
      <label for={p.name}>{p.label}</label>
      {p.hint ? (
        <p id={`${p.name}-hint`} class="hint">
          {p.hint}
        </p>
      ) : null}
    </div>
  );
}

/** Summary links for a form's field errors (field name → message key), each to its field's id or its anchor. */
export function errorItems(ctx: PageContext, errors: FieldErrors, anchors: Record<string, string> = {}): SummaryItem[] {
  return Object.entries(errors).map(([field, key]) => ({ href: `#${anchors[field] ?? field.replaceAll('.', '-')}`, text: ctx.t(key) }));
}

/** The error summary of a form from its field errors (see platform/http/form.ts for the contract). */
export function FormErrorSummary({ ctx, errors, anchors }: { ctx: PageContext; errors: FieldErrors; anchors?: Record<string, string> }) {
  return <ErrorSummary ctx={ctx} items={errorItems(ctx, errors, anchors)} />;
}

/** A form page's title: "Virhe: …" while the form shows errors, so screen-reader users hear it first. */
export function formTitle(ctx: PageContext, title: string, errors: FieldErrors): string {
  return Object.keys(errors).length > 0 ? `${ctx.t('form.errorTitle')}: ${title}` : title;
}

/** The translated error of one field, for a control's `error` prop. */
export function fieldError(ctx: PageContext, errors: FieldErrors, field: string): string | undefined {
  const key = errors[field];
  return key ? ctx.t(key) : undefined;
}
