import { formValue, type FormState, type FormValues } from '../../platform/http/form.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { formatDate, formatNumber } from '../../platform/i18n/i18n.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { HELPLINE_FIELDS, helplineField, MAX_HELPLINES, type HelplineField } from './crisis.schema.js';
import type { CrisisHelp } from './find-crisis-help.js';
import type { CrisisHelpSettings } from './get-crisis-help-settings.js';

/** A phone number as a tel: link target (digits and a leading +). */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * The crisis box, shown above everything else on the results page when the search expresses a crisis: 112 first,
 * then the helplines, in plain language. It stands before the page's h1 (the results count), so its title is not a
 * heading; the section is a region landmark named by that title, which screen readers list among the landmarks.
 */
export function CrisisBox({ ctx, help }: { ctx: PageContext; help: CrisisHelp }) {
  const { t } = ctx;
  return (
    <section class="crisis-box" aria-labelledby="crisis-box-title">
      <p id="crisis-box-title" class="crisis-title">
        {t('crisis.box.title')}
      </p>
      <p>{t('crisis.box.plain')}</p>
      <p class="crisis-emergency">
        {t('crisis.box.emergency')}{' '}
        <a href="tel:112" class="crisis-phone">
          112
        </a>
      </p>
      {help.helplines.length > 0 ? (
        <>
          <p class="crisis-helplines-title">{t('crisis.box.helplines')}</p>
          <ul class="crisis-helplines">
            {help.helplines.map((h) => (
              <li>
                <strong>{h.name}</strong>{' '}
                <a href={telHref(h.phone)} class="crisis-phone">
                  {h.phone}
                </a>
                {h.hours ? <span class="crisis-hours"> · {h.hours}</span> : null}
                {h.url ? (
                  <>
                    {' · '}
                    <a href={h.url}>{t('crisis.box.website')}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="crisis-after">{t('crisis.box.after')}</p>
    </section>
  );
}

/** /admin/crisis-help: the phrases per language, the helplines (the rows there are and one empty), the daily counts. */
export function CrisisHelpPage({ ctx, csrf, settings, form, saved }: { ctx: PageContext; csrf: string; settings: CrisisHelpSettings; form: FormState; saved: boolean }) {
  const { t } = ctx;
  const values: FormValues = Object.keys(form.values).length > 0 ? form.values : settingsValues(settings);
  const rows = Math.min(MAX_HELPLINES, Math.max(settings.helplines.length, rowsTyped(values)) + 1);
  const err = (field: string) => fieldError(ctx, form.errors, field);
  const labels: Record<HelplineField, MessageKey> = {
    NameFi: 'crisis.admin.nameFi',
    NameSv: 'crisis.admin.nameSv',
    NameEn: 'crisis.admin.nameEn',
    Phone: 'crisis.admin.phone',
    HoursFi: 'crisis.admin.hoursFi',
    HoursSv: 'crisis.admin.hoursSv',
    HoursEn: 'crisis.admin.hoursEn',
    Url: 'crisis.admin.url',
  };
  return (
    <Layout ctx={ctx} title={formTitle(ctx, t('crisis.admin.title'), form.errors)}>
      <div class="admin-page">
        <h1>{t('crisis.admin.title')}</h1>
        {saved ? (
          <div class="notice notice-saved" role="status">
            <p>{t('crisis.admin.saved')}</p>
          </div>
        ) : null}
        <FormErrorSummary ctx={ctx} errors={form.errors} />
        <p>{t('crisis.admin.intro')}</p>
        <form method="post" action={ctx.href('/admin/crisis-help')} novalidate>
          <CsrfField token={csrf} />
          <fieldset>
            <legend>{t('crisis.admin.phrases')}</legend>
            <p class="hint">{t('crisis.admin.phrasesHint')}</p>
            {(['fi', 'sv', 'en'] as const).map((lang) => {
              const name = `phrases${lang[0]!.toUpperCase()}${lang[1]}`;
              return <TextArea ctx={ctx} name={name} label={t(`crisis.admin.phrases.${lang}`)} value={formValue(values, name)} error={err(name)} rows={8} lang={lang} />;
            })}
          </fieldset>
          <fieldset>
            <legend>{t('crisis.admin.helplines')}</legend>
            <p class="hint">{t('crisis.admin.helplinesHint')}</p>
            {Array.from({ length: rows }, (_, i) => (
              <fieldset class="crisis-helpline-row">
                <legend>{t('crisis.admin.helpline', { n: i + 1 })}</legend>
                {HELPLINE_FIELDS.map((f) => {
                  const name = helplineField(i, f);
                  return (
                    <TextInput
                      ctx={ctx}
                      name={name}
                      label={t(labels[f])}
                      value={formValue(values, name)}
                      error={err(name)}
                      type={f === 'Phone' ? 'tel' : f === 'Url' ? 'url' : 'text'}
                      lang={f.endsWith('Sv') ? 'sv' : f.endsWith('En') ? 'en' : f.endsWith('Fi') ? 'fi' : undefined}
                    />
                  );
                })}
              </fieldset>
            ))}
          </fieldset>
          <button type="submit" class="button">
            {t('crisis.admin.save')}
          </button>
        </form>
        <h2>{t('crisis.admin.counts')}</h2>
        {settings.days.length === 0 ? (
          <p>{t('crisis.admin.noCounts')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('crisis.admin.day')}</th>
                <th scope="col">{t('crisis.admin.searches')}</th>
              </tr>
            </thead>
            <tbody>
              {settings.days.map((d) => (
                <tr>
                  <td>{formatDate(d.day, ctx.lang)}</td>
                  <td>{formatNumber(d.searches, ctx.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}

/** The form's values from what is saved. */
function settingsValues(settings: CrisisHelpSettings): FormValues {
  const values: FormValues = { phrasesFi: settings.phrases.fi.join('\n'), phrasesSv: settings.phrases.sv.join('\n'), phrasesEn: settings.phrases.en.join('\n') };
  settings.helplines.forEach((h, i) => {
    const v: Record<HelplineField, string | null> = { NameFi: h.nameFi, NameSv: h.nameSv, NameEn: h.nameEn, Phone: h.phone, HoursFi: h.hoursFi, HoursSv: h.hoursSv, HoursEn: h.hoursEn, Url: h.url };
    for (const f of HELPLINE_FIELDS) values[helplineField(i, f)] = v[f] ?? '';
  });
  return values;
}

/** How many helpline rows the typed values reach (so a row typed into the empty one is shown again after an error). */
function rowsTyped(values: FormValues): number {
  let n = 0;
  for (let i = 0; i < MAX_HELPLINES; i++) if (HELPLINE_FIELDS.some((f) => formValue(values, helplineField(i, f)))) n = i + 1;
  return n;
}
