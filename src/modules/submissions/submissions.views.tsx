import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../platform/errors.js';
import { formValue, type FormState } from '../../platform/http/form.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { collator, type Lang } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { listMunicipalities, type Municipality } from '../reference/municipalities.js';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { COMMON_LANGUAGES, DRAFT_STEPS, HOW_TO_JOIN, ORGANIZATION_KINDS, stepOfPath, type DraftStep } from './draft.schema.js';
import type { ActivityDraft, OrganizationDraft } from './draft.types.js';
import {
  Checkbox,
  ChoiceGroup,
  CsrfField,
  ErrorSummary,
  errorItems as fieldErrorItems,
  fieldError,
  groupAnchor,
  SelectField,
  TextArea,
  TextInput,
  type Option,
  type SummaryItem,
} from '../../platform/views/form.js';
import type { SubmissionView } from './get-submission.js';

/**
 * The multi-step form of a submission: steps, the activity form, the summary, and the status page. Errors arrive as
 * field errors (field path → message key: `organization.nameFi`, `activities.0.needs`; on the activity form the
 * activity's own field names), from draft.schema.ts through the form contract; the summaries link each to its field.
 */

export function submissionPath(id: string, rest = ''): string {
  return `/my/submissions/${id}${rest}`;
}

// ---- option lists -----------------------------------------------------------------------------------------------

function termOptions(slug: 'need' | 'support' | 'target', lang: Lang): Option[] {
  const taxonomy = TAXONOMIES.find((t) => t.slug === slug)!;
  return taxonomy.terms.map((term) => ({ value: term.code, label: term[lang] }));
}

function languageOptions(lang: Lang, selected: string[]): Option[] {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const codes = [...COMMON_LANGUAGES, ...selected.filter((c) => !(COMMON_LANGUAGES as readonly string[]).includes(c) && /^[a-z]{2}$/.test(c))];
  return codes.map((c) => {
    const name = names.of(c) ?? c;
    return { value: c, label: name.charAt(0).toUpperCase() + name.slice(1) };
  });
}

function municipalityName(m: Municipality, lang: Lang): string {
  return lang === 'sv' ? m.nameSv : m.nameFi;
}

interface MunicipalityGroup {
  key: string;
  name: string;
  municipalities: Municipality[];
}

/** Municipalities grouped by region (maakunta), Pohjois-Savo first, the rest in alphabetical order. */
function municipalityGroups(lang: Lang): MunicipalityGroup[] {
  const coll = collator(lang);
  const groups = new Map<string, MunicipalityGroup>();
  for (const m of listMunicipalities()) {
    const key = m.maakuntaCode || m.maakuntaFi || '-';
    const g = groups.get(key) ?? { key, name: (lang === 'sv' ? m.maakuntaSv : m.maakuntaFi) || '–', municipalities: [] };
    g.municipalities.push(m);
    groups.set(key, g);
  }
  const list = [...groups.values()];
  for (const g of list) g.municipalities.sort((a, b) => coll.compare(municipalityName(a, lang), municipalityName(b, lang)));
  return list.sort((a, b) => {
    const pa = a.municipalities[0]?.maakuntaFi === 'Pohjois-Savo' ? 0 : 1;
    const pb = b.municipalities[0]?.maakuntaFi === 'Pohjois-Savo' ? 0 : 1;
    return pa - pb || coll.compare(a.name, b.name);
  });
}

const FIRST_MUNICIPALITY_ANCHOR = (lang: Lang) => `municipalityCodes-${municipalityGroups(lang)[0]?.municipalities[0]?.code ?? ''}`;

// ---- errors -----------------------------------------------------------------------------------------------------

const ORG_LABELS: Record<string, MessageKey> = {
  nameFi: 'submissions.field.nameFi',
  nameSv: 'submissions.field.nameSv',
  nameEn: 'submissions.field.nameEn',
  businessId: 'submissions.field.businessId',
  kind: 'submissions.field.kind',
  descriptionFi: 'submissions.field.descriptionFi',
  descriptionSv: 'submissions.field.descriptionSv',
  descriptionEn: 'submissions.field.descriptionEn',
  plainSummaryFi: 'submissions.field.plainSummaryFi',
  website: 'submissions.field.website',
  email: 'submissions.field.email',
  phone: 'submissions.field.phone',
  streetAddress: 'submissions.field.streetAddress',
  postalCode: 'submissions.field.postalCode',
  city: 'submissions.field.city',
  municipalityCode: 'submissions.field.municipalityCode',
  contactRequestEmail: 'submissions.field.contactRequestEmail',
  contactName: 'submissions.field.contactName',
  contactTitle: 'submissions.field.contactTitle',
  contactEmail: 'submissions.field.contactEmail',
  contactPhone: 'submissions.field.contactPhone',
  maintainerEmails: 'submissions.field.maintainerEmail',
};

const ACTIVITY_LABELS: Record<string, MessageKey> = {
  nameFi: 'submissions.activity.nameFi',
  nameSv: 'submissions.activity.nameSv',
  nameEn: 'submissions.activity.nameEn',
  descriptionFi: 'submissions.activity.descriptionFi',
  descriptionSv: 'submissions.activity.descriptionSv',
  descriptionEn: 'submissions.activity.descriptionEn',
  needs: 'submissions.activity.needs',
  supports: 'submissions.activity.supports',
  targets: 'submissions.activity.targets',
  municipalityCodes: 'submissions.activity.municipalities',
  languages: 'submissions.activity.languages',
  howToJoin: 'submissions.activity.howToJoin',
  applicationProcessFi: 'submissions.activity.applicationProcessFi',
  scheduleFi: 'submissions.activity.scheduleFi',
  placeName: 'submissions.activity.placeName',
  streetAddress: 'submissions.activity.streetAddress',
  postalCode: 'submissions.activity.postalCode',
  city: 'submissions.activity.city',
  contactName: 'submissions.activity.contactName',
  contactEmail: 'submissions.activity.contactEmail',
  contactPhone: 'submissions.activity.contactPhone',
  archived: 'submissions.remove.reason',
};

/** The error of a field or of any element of it (`needs.2` → `needs`). */
function errorOf(errors: Record<string, string>, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const key = Object.keys(errors).find((k) => k.startsWith(`${name}.`));
  return key ? errors[key] : undefined;
}

/** Where an activity field's error link lands on the activity form. */
function activityAnchor(field: string, lang: Lang): string {
  if (field === 'needs') return groupAnchor('needs', termOptions('need', lang));
  if (field === 'supports') return groupAnchor('supports', termOptions('support', lang));
  if (field === 'targets') return groupAnchor('targets', termOptions('target', lang));
  if (field === 'languages') return groupAnchor('languages', languageOptions(lang, []));
  if (field === 'municipalityCodes') return FIRST_MUNICIPALITY_ANCHOR(lang);
  if (field === 'archived') return 'reason';
  return field;
}

/** Error summary links for a whole draft (the check-and-submit step): each to its field on its own step. */
export function draftSummaryItems(ctx: PageContext, view: SubmissionView, errors: FieldErrors): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const [path, key] of Object.entries(errors)) {
    const parts = path.split('.');
    if (parts[0] === 'organization') {
      const field = parts[1]!;
      const step = stepOfPath(path);
      const anchor = field === 'maintainerEmails' ? `maintainerEmails-${parts[2] ?? 0}` : field;
      const label = ORG_LABELS[field] ? ctx.t(ORG_LABELS[field]) : field;
      items.push({ href: `${ctx.href(submissionPath(view.id, `/${step}`))}#${anchor}`, text: `${label}: ${ctx.t(key)}` });
    } else if (parts.length === 1) {
      items.push({ href: `${ctx.href(submissionPath(view.id, '/activities'))}#activities-list`, text: ctx.t(key) });
    } else {
      const activity = view.draft.activities[Number(parts[1])];
      if (!activity) continue;
      const field = parts[2]!;
      if (items.some((i) => i.href.endsWith(`#${activityAnchor(field, ctx.lang)}`) && i.href.includes(activity.id))) continue;
      const name = activity.nameFi.trim() || ctx.t('submissions.activities.unnamed');
      const label = ACTIVITY_LABELS[field] ? ctx.t(ACTIVITY_LABELS[field]) : field;
      items.push({
        href: `${ctx.href(submissionPath(view.id, `/activities/${activity.id}`))}#${activityAnchor(field, ctx.lang)}`,
        text: `${name} – ${label}: ${ctx.t(key)}`,
      });
    }
  }
  return items;
}

function orgStepItems(ctx: PageContext, errors: FieldErrors): SummaryItem[] {
  return Object.entries(errors).map(([path, key]) => {
    const parts = path.split('.');
    const field = parts[1] ?? '';
    const anchor = field === 'maintainerEmails' ? `maintainerEmails-${parts[2] ?? 0}` : field;
    const label = ORG_LABELS[field] ? ctx.t(ORG_LABELS[field]) : field;
    return { href: `#${anchor}`, text: `${label}: ${ctx.t(key)}` };
  });
}

function orgErrors(ctx: PageContext, errors: FieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, key] of Object.entries(errors)) if (path.startsWith('organization.')) out[path.slice('organization.'.length)] = ctx.t(key);
  return out;
}

// ---- the frame of every step ------------------------------------------------------------------------------------

function formTitle(ctx: PageContext, view: SubmissionView): string {
  const name = view.draft.organization.nameFi.trim();
  if (view.kind === 'change') return ctx.t('submissions.form.titleChange', { name: name || '–' });
  return name ? ctx.t('submissions.form.titleJoinNamed', { name }) : ctx.t('submissions.form.titleJoin');
}

function StepNav({ ctx, view, step }: { ctx: PageContext; view: SubmissionView; step: DraftStep | 'activity' }) {
  const current: DraftStep = step === 'activity' ? 'activities' : step;
  return (
    <nav aria-label={ctx.t('submissions.steps.label')} class="form-steps">
      <ol>
        {DRAFT_STEPS.map((s, i) => (
          <li class={s === current ? 'current' : undefined}>
            <a href={ctx.href(submissionPath(view.id, `/${s}`))} aria-current={s === current ? 'step' : undefined}>
              <span class="step-number">{i + 1}.</span> {ctx.t(`submissions.step.${s}`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function DraftFrame({
  ctx,
  view,
  step,
  heading,
  errorItems,
  saved,
  children,
}: {
  ctx: PageContext;
  view: SubmissionView;
  step: DraftStep | 'activity';
  heading: string;
  errorItems: SummaryItem[];
  saved?: boolean;
  children: ComponentChildren;
}) {
  const { t } = ctx;
  const title = formTitle(ctx, view);
  const stepIndex = DRAFT_STEPS.indexOf(step === 'activity' ? 'activities' : step) + 1;
  const pageTitle = `${errorItems.length > 0 ? `${t('form.errorTitle')}: ` : ''}${heading} (${t('submissions.steps.position', { n: stepIndex, total: DRAFT_STEPS.length })}) – ${title}`;
  return (
    <Layout ctx={ctx} title={pageTitle} breadcrumbs={[[t('submissions.my.title'), '/my/organisations'], [title, submissionPath(view.id)]]}>
      <div class="draft-form">
        <p class="draft-kicker">{title}</p>
        <h1>{heading}</h1>
        {view.status === 'returned' && view.decisionMessage ? (
          <div class="notice notice-returned">
            <h2>{t('submissions.returned.title')}</h2>
            <p class="preserve-lines">{view.decisionMessage}</p>
          </div>
        ) : null}
        <StepNav ctx={ctx} view={view} step={step} />
        {saved ? (
          <p class="notice notice-saved" role="status">
            {t('submissions.form.saved')}
          </p>
        ) : null}
        <ErrorSummary ctx={ctx} items={errorItems} />
        {children}
      </div>
    </Layout>
  );
}

function StepButtons({ ctx, back }: { ctx: PageContext; back?: string }) {
  return (
    <div class="form-buttons">
      <button type="submit" name="action" value="next">
        {ctx.t('submissions.form.next')}
      </button>
      <button type="submit" name="action" value="save" class="button-secondary">
        {ctx.t('submissions.form.save')}
      </button>
      {back ? (
        <a class="form-back" href={back}>
          {ctx.t('submissions.form.back')}
        </a>
      ) : null}
    </div>
  );
}

interface StepProps {
  ctx: PageContext;
  csrf: string;
  view: SubmissionView;
  errors: FieldErrors;
  saved?: boolean;
}

/** One step of the draft form; `userEmail` is the signed-in person's (named among the maintainers of a join). */
export function DraftStepPage({ step, userEmail, ...props }: StepProps & { step: DraftStep; userEmail: string }) {
  switch (step) {
    case 'organisation':
      return <OrganisationStepPage {...props} />;
    case 'contact':
      return <ContactStepPage {...props} />;
    case 'maintainers':
      return <MaintainersStepPage {...props} userEmail={userEmail} />;
    case 'activities':
      return <ActivitiesStepPage {...props} />;
    case 'review':
      return <ReviewStepPage {...props} userEmail={userEmail} />;
  }
}

// ---- step 1: organisation ---------------------------------------------------------------------------------------

export function OrganisationStepPage({ ctx, csrf, view, errors, saved }: StepProps) {
  const { t } = ctx;
  const o = view.draft.organization;
  const e = orgErrors(ctx, errors);
  return (
    <DraftFrame ctx={ctx} view={view} step="organisation" heading={t('submissions.step.organisation')} errorItems={orgStepItems(ctx, errors)} saved={saved}>
      <p>{t('submissions.organisation.intro')}</p>
      <form method="post" action={ctx.href(submissionPath(view.id, '/organisation'))} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="nameFi" label={t('submissions.field.nameFi')} value={o.nameFi} error={e.nameFi} required lang="fi" autocomplete="organization" />
        <TextInput ctx={ctx} name="nameSv" label={t('submissions.field.nameSv')} value={o.nameSv} error={e.nameSv} lang="sv" />
        <TextInput ctx={ctx} name="nameEn" label={t('submissions.field.nameEn')} value={o.nameEn} error={e.nameEn} lang="en" />
        <TextInput ctx={ctx} name="businessId" label={t('submissions.field.businessId')} value={o.businessId} error={e.businessId} hint={t('submissions.hint.businessId')} />
        <SelectField
          ctx={ctx}
          name="kind"
          label={t('submissions.field.kind')}
          value={o.kind}
          error={e.kind}
          required
          options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`directory.kind.${k}`) }))}
        />
        <TextArea ctx={ctx} name="descriptionFi" label={t('submissions.field.descriptionFi')} value={o.descriptionFi} error={e.descriptionFi} hint={t('submissions.hint.descriptionFi')} required lang="fi" rows={8} />
        <TextArea ctx={ctx} name="descriptionSv" label={t('submissions.field.descriptionSv')} value={o.descriptionSv} error={e.descriptionSv} lang="sv" />
        <TextArea ctx={ctx} name="descriptionEn" label={t('submissions.field.descriptionEn')} value={o.descriptionEn} error={e.descriptionEn} lang="en" />
        <TextArea ctx={ctx} name="plainSummaryFi" label={t('submissions.field.plainSummaryFi')} value={o.plainSummaryFi} error={e.plainSummaryFi} hint={t('submissions.hint.plainSummaryFi')} lang="fi" rows={3} />
        <StepButtons ctx={ctx} />
      </form>
    </DraftFrame>
  );
}

// ---- step 2: contact --------------------------------------------------------------------------------------------

function MunicipalitySelect({ ctx, value, error }: { ctx: PageContext; value: string; error?: string }) {
  const { t } = ctx;
  const groups = municipalityGroups(ctx.lang);
  const known = listMunicipalities().some((m) => m.code === value);
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for="municipalityCode">
        {t('submissions.field.municipalityCode')}
        <span class="required"> {t('form.required')}</span>
      </label>
      {error ? (
        <p id="municipalityCode-error" class="field-error">
          {error}
        </p>
      ) : null}
      <select id="municipalityCode" name="municipalityCode" aria-required="true" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'municipalityCode-error' : undefined}>
        <option value="">{t('submissions.form.choose')}</option>
        {!known && value ? (
          <option value={value} selected>
            {value}
          </option>
        ) : null}
        {groups.map((g) => (
          <optgroup label={g.name}>
            {g.municipalities.map((m) => (
              <option value={m.code} selected={m.code === value}>
                {municipalityName(m, ctx.lang)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function ContactStepPage({ ctx, csrf, view, errors, saved }: StepProps) {
  const { t } = ctx;
  const o = view.draft.organization;
  const e = orgErrors(ctx, errors);
  return (
    <DraftFrame ctx={ctx} view={view} step="contact" heading={t('submissions.step.contact')} errorItems={orgStepItems(ctx, errors)} saved={saved}>
      <p>{t('submissions.contact.intro')}</p>
      <form method="post" action={ctx.href(submissionPath(view.id, '/contact'))} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="website" label={t('submissions.field.website')} value={o.website} error={e.website} hint={t('submissions.hint.website')} inputmode="url" autocomplete="url" />
        <TextInput ctx={ctx} name="email" type="email" label={t('submissions.field.email')} value={o.email} error={e.email} autocomplete="email" />
        <TextInput ctx={ctx} name="phone" type="tel" label={t('submissions.field.phone')} value={o.phone} error={e.phone} autocomplete="tel" />
        <TextInput ctx={ctx} name="streetAddress" label={t('submissions.field.streetAddress')} value={o.streetAddress} error={e.streetAddress} autocomplete="street-address" />
        <TextInput ctx={ctx} name="postalCode" label={t('submissions.field.postalCode')} value={o.postalCode} error={e.postalCode} inputmode="numeric" autocomplete="postal-code" />
        <TextInput ctx={ctx} name="city" label={t('submissions.field.city')} value={o.city} error={e.city} autocomplete="address-level2" />
        <MunicipalitySelect ctx={ctx} value={o.municipalityCode} error={e.municipalityCode} />
        <TextInput
          ctx={ctx}
          name="contactRequestEmail"
          type="email"
          label={t('submissions.field.contactRequestEmail')}
          value={o.contactRequestEmail}
          error={e.contactRequestEmail}
          hint={t('submissions.hint.contactRequestEmail')}
          required
        />
        <fieldset class="field-set">
          <legend>{t('submissions.contact.person')}</legend>
          <p class="hint">{t('submissions.hint.contactPerson')}</p>
          <TextInput ctx={ctx} name="contactName" label={t('submissions.field.contactName')} value={o.contactName} error={e.contactName} />
          <TextInput ctx={ctx} name="contactTitle" label={t('submissions.field.contactTitle')} value={o.contactTitle} error={e.contactTitle} />
          <TextInput ctx={ctx} name="contactEmail" type="email" label={t('submissions.field.contactEmail')} value={o.contactEmail} error={e.contactEmail} />
          <TextInput ctx={ctx} name="contactPhone" type="tel" label={t('submissions.field.contactPhone')} value={o.contactPhone} error={e.contactPhone} />
        </fieldset>
        <ChoiceGroup
          ctx={ctx}
          type="radio"
          name="acceptsNewParticipants"
          legend={t('submissions.field.acceptsNewParticipants')}
          options={[
            { value: 'yes', label: t('submissions.form.yes') },
            { value: 'no', label: t('submissions.form.no') },
          ]}
          selected={[o.acceptsNewParticipants ? 'yes' : 'no']}
        />
        <StepButtons ctx={ctx} back={ctx.href(submissionPath(view.id, '/organisation'))} />
      </form>
    </DraftFrame>
  );
}

// ---- step 3: maintainers ----------------------------------------------------------------------------------------

export function MaintainersStepPage({ ctx, csrf, view, errors, saved, userEmail }: StepProps & { userEmail: string }) {
  const { t } = ctx;
  const o = view.draft.organization;
  const e = orgErrors(ctx, errors);
  const rows = [...o.maintainerEmails, '', ''];
  return (
    <DraftFrame ctx={ctx} view={view} step="maintainers" heading={t('submissions.step.maintainers')} errorItems={orgStepItems(ctx, errors)} saved={saved}>
      {view.kind === 'change' ? (
        <>
          <p>{t('submissions.maintainers.changeIntro')}</p>
          <p>
            <a href={ctx.href(`/my/organisations/${view.organizationId}/maintainers`)}>{t('submissions.maintainers.manage')}</a>
          </p>
          <form method="post" action={ctx.href(submissionPath(view.id, '/maintainers'))} novalidate>
            <CsrfField token={csrf} />
            <StepButtons ctx={ctx} back={ctx.href(submissionPath(view.id, '/contact'))} />
          </form>
        </>
      ) : (
        <>
          <p>{t('submissions.maintainers.intro', { email: userEmail })}</p>
          <form method="post" action={ctx.href(submissionPath(view.id, '/maintainers'))} novalidate>
            <CsrfField token={csrf} />
            <fieldset class="field-set">
              <legend>{t('submissions.maintainers.legend')}</legend>
              {rows.map((value, i) => (
                <TextInput
                  ctx={ctx}
                  name="maintainerEmails"
                  id={`maintainerEmails-${i}`}
                  type="email"
                  label={t('submissions.maintainers.label', { n: i + 1 })}
                  value={value}
                  error={e[`maintainerEmails.${i}`]}
                />
              ))}
            </fieldset>
            {e.maintainerEmails ? <p class="field-error">{e.maintainerEmails}</p> : null}
            <StepButtons ctx={ctx} back={ctx.href(submissionPath(view.id, '/contact'))} />
          </form>
        </>
      )}
    </DraftFrame>
  );
}

// ---- step 4: activities -----------------------------------------------------------------------------------------

function activityErrorCount(errors: FieldErrors, index: number): number {
  return Object.keys(errors).filter((k) => k.startsWith(`activities.${index}.`)).length;
}

export function ActivitiesStepPage({ ctx, csrf, view, errors, saved }: StepProps) {
  const { t } = ctx;
  const items: SummaryItem[] = [];
  if (errors.activities) items.push({ href: '#activities-list', text: t(errors.activities) });
  view.draft.activities.forEach((a, i) => {
    const n = activityErrorCount(errors, i);
    if (n > 0) items.push({ href: `#activity-${a.id}`, text: t('submissions.activities.hasErrors', { name: a.nameFi.trim() || t('submissions.activities.unnamed'), n }) });
  });
  return (
    <DraftFrame ctx={ctx} view={view} step="activities" heading={t('submissions.step.activities')} errorItems={items} saved={saved}>
      <p>{t('submissions.activities.intro')}</p>
      <h2 id="activities-list" tabindex={-1}>
        {t('submissions.activities.listTitle')}
      </h2>
      {errors.activities ? <p class="field-error">{t(errors.activities)}</p> : null}
      {view.draft.activities.length === 0 ? (
        <p>{t('submissions.activities.none')}</p>
      ) : (
        <ul class="draft-activities">
          {view.draft.activities.map((a, i) => {
            const n = activityErrorCount(errors, i);
            const name = a.nameFi.trim() || t('submissions.activities.unnamed');
            return (
              <li id={`activity-${a.id}`} class={n > 0 ? 'draft-activity field-invalid' : 'draft-activity'}>
                <span class="draft-activity-name">{name}</span>
                {a.archived ? <span class="badge">{t('submissions.activities.toArchive')}</span> : null}
                {n > 0 ? <span class="field-error"> {t('submissions.activities.errorCount', { n })}</span> : null}
                <span class="draft-activity-actions">
                  <a href={ctx.href(submissionPath(view.id, `/activities/${a.id}`))}>
                    {t('submissions.activities.edit')}
                    <span class="visually-hidden">: {name}</span>
                  </a>{' '}
                  <a href={ctx.href(submissionPath(view.id, `/activities/${a.id}/remove`))}>
                    {a.archived ? t('submissions.activities.restore') : t('submissions.activities.remove')}
                    <span class="visually-hidden">: {name}</span>
                  </a>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <form method="post" action={ctx.href(submissionPath(view.id, '/activities/new'))} class="inline-form">
        <CsrfField token={csrf} />
        <button type="submit" class="button-secondary">
          {t('submissions.activities.add')}
        </button>
      </form>
      <form method="post" action={ctx.href(submissionPath(view.id, '/activities'))} novalidate>
        <CsrfField token={csrf} />
        <StepButtons ctx={ctx} back={ctx.href(submissionPath(view.id, '/maintainers'))} />
      </form>
    </DraftFrame>
  );
}

function MunicipalityChoices({ ctx, selected, error }: { ctx: PageContext; selected: string[]; error?: string }) {
  const { t } = ctx;
  const groups = municipalityGroups(ctx.lang);
  return (
    <fieldset class={error ? 'field choice-group field-invalid' : 'field choice-group'} id="municipalityCodes-group" aria-describedby={error ? 'municipalityCodes-group-hint municipalityCodes-group-error' : 'municipalityCodes-group-hint'}>
      <legend>{t('submissions.activity.municipalities')}</legend>
      <p id="municipalityCodes-group-hint" class="hint">
        {t('submissions.hint.municipalities')}
      </p>
      {error ? (
        <p id="municipalityCodes-group-error" class="field-error">
          {error}
        </p>
      ) : null}
      {groups.map((g, i) => {
        const count = g.municipalities.filter((m) => selected.includes(m.code)).length;
        return (
          <details class="region-choices" open={i === 0 || count > 0}>
            <summary>
              {g.name}
              {count > 0 ? ` (${t('submissions.activity.selectedCount', { n: count })})` : ''}
            </summary>
            <fieldset class="choice-group">
              <legend class="visually-hidden">{g.name}</legend>
              <ul class="choices choices-columns">
                {g.municipalities.map((m) => (
                  <li>
                    <input type="checkbox" id={`municipalityCodes-${m.code}`} name="municipalityCodes" value={m.code} checked={selected.includes(m.code)} />
                    <label for={`municipalityCodes-${m.code}`}>{municipalityName(m, ctx.lang)}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </details>
        );
      })}
    </fieldset>
  );
}

/** The form of one activity of the draft (add or edit). */
export function ActivityPage({ ctx, csrf, view, activity, errors }: { ctx: PageContext; csrf: string; view: SubmissionView; activity: ActivityDraft; errors: FieldErrors }) {
  const { t, lang } = ctx;
  const a = activity;
  const e: Record<string, string> = {};
  for (const [k, key] of Object.entries(errors)) e[k] = t(key);
  const fieldNames = [...new Set(Object.keys(errors).map((k) => k.split('.')[0]!))];
  const items: SummaryItem[] = fieldNames.map((f) => ({
    href: `#${activityAnchor(f, lang)}`,
    text: `${ACTIVITY_LABELS[f] ? t(ACTIVITY_LABELS[f]) : f}: ${errorOf(e, f) ?? ''}`,
  }));
  const name = a.nameFi.trim();
  const heading = name ? t('submissions.activity.titleNamed', { name }) : t('submissions.activity.title');
  return (
    <DraftFrame ctx={ctx} view={view} step="activity" heading={heading} errorItems={items}>
      <form method="post" action={ctx.href(submissionPath(view.id, `/activities/${a.id}`))} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="nameFi" label={t('submissions.activity.nameFi')} value={a.nameFi} error={e.nameFi} required lang="fi" />
        <TextInput ctx={ctx} name="nameSv" label={t('submissions.activity.nameSv')} value={a.nameSv} error={e.nameSv} lang="sv" />
        <TextInput ctx={ctx} name="nameEn" label={t('submissions.activity.nameEn')} value={a.nameEn} error={e.nameEn} lang="en" />
        <TextArea ctx={ctx} name="descriptionFi" label={t('submissions.activity.descriptionFi')} value={a.descriptionFi} error={e.descriptionFi} hint={t('submissions.hint.activityDescription')} required lang="fi" rows={6} />
        <TextArea ctx={ctx} name="descriptionSv" label={t('submissions.activity.descriptionSv')} value={a.descriptionSv} error={e.descriptionSv} lang="sv" rows={3} />
        <TextArea ctx={ctx} name="descriptionEn" label={t('submissions.activity.descriptionEn')} value={a.descriptionEn} error={e.descriptionEn} lang="en" rows={3} />
        <ChoiceGroup ctx={ctx} name="needs" legend={t('submissions.activity.needs')} hint={t('submissions.hint.needs')} options={termOptions('need', lang)} selected={a.needs} error={errorOf(e, 'needs')} columns />
        <ChoiceGroup ctx={ctx} name="supports" legend={t('submissions.activity.supports')} options={termOptions('support', lang)} selected={a.supports} error={errorOf(e, 'supports')} columns />
        <ChoiceGroup ctx={ctx} name="targets" legend={t('submissions.activity.targets')} options={termOptions('target', lang)} selected={a.targets} error={errorOf(e, 'targets')} columns />
        <fieldset class="field-set">
          <legend>{t('submissions.activity.where')}</legend>
          <Checkbox name="nationwide" label={t('submissions.activity.nationwide')} checked={a.nationwide} />
          <Checkbox name="remote" label={t('submissions.activity.remote')} checked={a.remote} hint={t('submissions.hint.remote')} />
          <MunicipalityChoices ctx={ctx} selected={a.municipalityCodes} error={errorOf(e, 'municipalityCodes')} />
        </fieldset>
        <ChoiceGroup ctx={ctx} name="languages" legend={t('submissions.activity.languages')} options={languageOptions(lang, a.languages)} selected={a.languages} error={errorOf(e, 'languages')} required columns />
        <ChoiceGroup
          ctx={ctx}
          type="radio"
          name="howToJoin"
          legend={t('submissions.activity.howToJoin')}
          options={[...HOW_TO_JOIN.map((h) => ({ value: h, label: t(`submissions.howToJoin.${h}`) })), { value: '', label: t('submissions.howToJoin.unknown') }]}
          selected={[a.howToJoin]}
          error={e.howToJoin}
        />
        <TextArea ctx={ctx} name="applicationProcessFi" label={t('submissions.activity.applicationProcessFi')} value={a.applicationProcessFi} error={e.applicationProcessFi} lang="fi" rows={3} />
        <TextArea ctx={ctx} name="scheduleFi" label={t('submissions.activity.scheduleFi')} value={a.scheduleFi} error={e.scheduleFi} hint={t('submissions.hint.schedule')} lang="fi" rows={3} />
        <Checkbox name="freeOfCharge" label={t('submissions.activity.freeOfCharge')} checked={a.freeOfCharge} />
        <fieldset class="field-set">
          <legend>{t('submissions.activity.place')}</legend>
          <TextInput ctx={ctx} name="placeName" label={t('submissions.activity.placeName')} value={a.placeName} error={e.placeName} />
          <TextInput ctx={ctx} name="streetAddress" label={t('submissions.activity.streetAddress')} value={a.streetAddress} error={e.streetAddress} />
          <TextInput ctx={ctx} name="postalCode" label={t('submissions.activity.postalCode')} value={a.postalCode} error={e.postalCode} inputmode="numeric" />
          <TextInput ctx={ctx} name="city" label={t('submissions.activity.city')} value={a.city} error={e.city} />
        </fieldset>
        <fieldset class="field-set">
          <legend>{t('submissions.activity.contact')}</legend>
          <TextInput ctx={ctx} name="contactName" label={t('submissions.activity.contactName')} value={a.contactName} error={e.contactName} />
          <TextInput ctx={ctx} name="contactEmail" type="email" label={t('submissions.activity.contactEmail')} value={a.contactEmail} error={e.contactEmail} />
          <TextInput ctx={ctx} name="contactPhone" type="tel" label={t('submissions.activity.contactPhone')} value={a.contactPhone} error={e.contactPhone} />
        </fieldset>
        <div class="form-buttons">
          <button type="submit" name="action" value="done">
            {t('submissions.activity.save')}
          </button>
          <button type="submit" name="action" value="save" class="button-secondary">
            {t('submissions.form.save')}
          </button>
          <a class="form-back" href={ctx.href(submissionPath(view.id, '/activities'))}>
            {t('submissions.activity.backToList')}
          </a>
        </div>
      </form>
    </DraftFrame>
  );
}

/** Confirmation of removing an activity from the draft; a published one is archived on approval, with a reason. */
export function RemoveActivityPage({
  ctx,
  csrf,
  view,
  activity,
  published,
  form,
}: {
  ctx: PageContext;
  csrf: string;
  view: SubmissionView;
  activity: ActivityDraft;
  published: boolean;
  form: FormState;
}) {
  const { t } = ctx;
  const error = fieldError(ctx, form.errors, 'reason');
  const name = activity.nameFi.trim() || t('submissions.activities.unnamed');
  const restoring = !!activity.archived;
  return (
    <DraftFrame
      ctx={ctx}
      view={view}
      step="activity"
      heading={restoring ? t('submissions.remove.restoreTitle', { name }) : t('submissions.remove.title', { name })}
      errorItems={fieldErrorItems(ctx, form.errors)}
    >
      <form method="post" action={ctx.href(submissionPath(view.id, `/activities/${activity.id}/remove`))} novalidate>
        <CsrfField token={csrf} />
        {restoring ? (
          <p>{t('submissions.remove.restoreBody')}</p>
        ) : published ? (
          <>
            <p>{t('submissions.remove.publishedBody')}</p>
            <TextArea ctx={ctx} name="reason" label={t('submissions.remove.reason')} value={formValue(form.values, 'reason')} error={error} required rows={3} />
          </>
        ) : (
          <p>{t('submissions.remove.draftBody')}</p>
        )}
        <div class="form-buttons">
          <button type="submit">{restoring ? t('submissions.remove.restoreConfirm') : t('submissions.remove.confirm')}</button>
          <a class="form-back" href={ctx.href(submissionPath(view.id, '/activities'))}>
            {t('submissions.form.cancel')}
          </a>
        </div>
      </form>
    </DraftFrame>
  );
}

// ---- step 5: check and submit -----------------------------------------------------------------------------------

function Row({ label, value }: { label: string; value: ComponentChildren }) {
  return (
    <div class="dl-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function text(ctx: PageContext, s: string): ComponentChildren {
  return s.trim() ? s : <span class="muted">{ctx.t('submissions.review.empty')}</span>;
}

function list(ctx: PageContext, items: string[]): ComponentChildren {
  return items.length > 0 ? items.join(', ') : <span class="muted">{ctx.t('submissions.review.empty')}</span>;
}

function termLabels(slug: 'need' | 'support' | 'target', codes: string[], lang: Lang): string[] {
  const terms = TAXONOMIES.find((t) => t.slug === slug)!.terms;
  return codes.map((c) => terms.find((term) => term.code === c)?.[lang] ?? c);
}

function municipalityLabels(codes: string[], lang: Lang): string[] {
  const all = listMunicipalities();
  return codes.map((c) => {
    const m = all.find((x) => x.code === c);
    return m ? municipalityName(m, lang) : c;
  });
}

function SummarySection({ ctx, title, editHref, children }: { ctx: PageContext; title: string; editHref: string; children: ComponentChildren }) {
  return (
    <section class="draft-summary">
      <div class="draft-summary-head">
        <h2>{title}</h2>
        <a href={editHref}>
          {ctx.t('submissions.review.edit')}
          <span class="visually-hidden">: {title}</span>
        </a>
      </div>
      <dl class="details">{children}</dl>
    </section>
  );
}

export function ReviewStepPage({ ctx, csrf, view, errors, userEmail }: StepProps & { userEmail: string }) {
  const { t, lang } = ctx;
  const o = view.draft.organization;
  const d: OrganizationDraft = view.draft;
  const items = draftSummaryItems(ctx, view, errors);
  const municipality = municipalityLabels(o.municipalityCode ? [o.municipalityCode] : [], lang);
  const kindKey = (ORGANIZATION_KINDS as readonly string[]).includes(o.kind) ? (`directory.kind.${o.kind}` as MessageKey) : null;
  return (
    <DraftFrame ctx={ctx} view={view} step="review" heading={t('submissions.step.review')} errorItems={items}>
      <p>{t('submissions.review.intro')}</p>
      <SummarySection ctx={ctx} title={t('submissions.step.organisation')} editHref={ctx.href(submissionPath(view.id, '/organisation'))}>
        <Row label={t('submissions.field.nameFi')} value={text(ctx, o.nameFi)} />
        <Row label={t('submissions.field.nameSv')} value={text(ctx, o.nameSv)} />
        <Row label={t('submissions.field.nameEn')} value={text(ctx, o.nameEn)} />
        <Row label={t('submissions.field.businessId')} value={text(ctx, o.businessId)} />
        <Row label={t('submissions.field.kind')} value={kindKey ? t(kindKey) : text(ctx, o.kind)} />
        <Row label={t('submissions.field.descriptionFi')} value={<span class="preserve-lines">{text(ctx, o.descriptionFi)}</span>} />
        <Row label={t('submissions.field.plainSummaryFi')} value={text(ctx, o.plainSummaryFi)} />
      </SummarySection>
      <SummarySection ctx={ctx} title={t('submissions.step.contact')} editHref={ctx.href(submissionPath(view.id, '/contact'))}>
        <Row label={t('submissions.field.website')} value={text(ctx, o.website)} />
        <Row label={t('submissions.field.email')} value={text(ctx, o.email)} />
        <Row label={t('submissions.field.phone')} value={text(ctx, o.phone)} />
        <Row label={t('submissions.review.address')} value={text(ctx, [o.streetAddress, [o.postalCode, o.city].filter(Boolean).join(' ')].filter((s) => s.trim()).join(', '))} />
        <Row label={t('submissions.field.municipalityCode')} value={list(ctx, municipality)} />
        <Row label={t('submissions.field.contactRequestEmail')} value={text(ctx, o.contactRequestEmail)} />
        <Row label={t('submissions.contact.person')} value={text(ctx, [o.contactName, o.contactTitle, o.contactEmail, o.contactPhone].filter((s) => s.trim()).join(', '))} />
        <Row label={t('submissions.field.acceptsNewParticipants')} value={o.acceptsNewParticipants ? t('submissions.form.yes') : t('submissions.form.no')} />
      </SummarySection>
      <SummarySection ctx={ctx} title={t('submissions.step.maintainers')} editHref={ctx.href(submissionPath(view.id, '/maintainers'))}>
        {view.kind === 'join' ? (
          <Row label={t('submissions.review.maintainers')} value={list(ctx, [userEmail, ...o.maintainerEmails])} />
        ) : (
          <Row label={t('submissions.review.maintainers')} value={t('submissions.review.maintainersChange')} />
        )}
      </SummarySection>
      <SummarySection ctx={ctx} title={t('submissions.step.activities')} editHref={ctx.href(submissionPath(view.id, '/activities'))}>
        {d.activities.length === 0 ? <Row label={t('submissions.activities.listTitle')} value={t('submissions.activities.none')} /> : null}
        {d.activities.map((a) => (
          <Row
            label={a.nameFi.trim() || t('submissions.activities.unnamed')}
            value={
              a.archived ? (
                `${t('submissions.activities.toArchive')}: ${a.archived.reason}`
              ) : (
                <ul class="plain-list">
                  <li>
                    {t('submissions.activity.needs')}: {list(ctx, termLabels('need', a.needs, lang))}
                  </li>
                  <li>
                    {t('submissions.activity.supports')}: {list(ctx, termLabels('support', a.supports, lang))}
                  </li>
                  <li>
                    {t('submissions.activity.targets')}: {list(ctx, termLabels('target', a.targets, lang))}
                  </li>
                  <li>
                    {t('submissions.activity.municipalities')}:{' '}
                    {list(ctx, [
                      ...municipalityLabels(a.municipalityCodes, lang),
                      ...(a.nationwide ? [t('submissions.activity.nationwide')] : []),
                      ...(a.remote ? [t('submissions.activity.remote')] : []),
                    ])}
                  </li>
                  <li>
                    <a href={ctx.href(submissionPath(view.id, `/activities/${a.id}`))}>
                      {t('submissions.activities.edit')}
                      <span class="visually-hidden">: {a.nameFi}</span>
                    </a>
                  </li>
                </ul>
              )
            }
          />
        ))}
      </SummarySection>
      <form method="post" action={ctx.href(submissionPath(view.id, '/submit'))} novalidate>
        <CsrfField token={csrf} />
        <p>{t('submissions.review.before')}</p>
        <div class="form-buttons">
          <button type="submit">{t('submissions.review.submit')}</button>
          <a class="form-back" href={ctx.href(submissionPath(view.id, '/activities'))}>
            {t('submissions.form.back')}
          </a>
        </div>
      </form>
    </DraftFrame>
  );
}

// ---- after sending ----------------------------------------------------------------------------------------------

/** What a submission that cannot be edited looks like to its maintainer: awaiting review, approved, rejected. */
export function SubmissionStatusPage({ ctx, view, justSent }: { ctx: PageContext; view: SubmissionView; justSent?: boolean }) {
  const { t } = ctx;
  const name = view.draft.organization.nameFi.trim() || '–';
  const title = view.status === 'awaiting_review' ? t('submissions.status.awaitingTitle') : t(`submissions.status.${view.status}`);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('submissions.my.title'), '/my/organisations'], [title, submissionPath(view.id)]]}>
      <div class="draft-form">
        <p class="draft-kicker">{name}</p>
        <h1>{title}</h1>
        {justSent ? (
          <p class="notice notice-saved" role="status">
            {t('submissions.status.sent')}
          </p>
        ) : null}
        {view.status === 'awaiting_review' ? (
          <>
            <h2>{t('submissions.status.nextTitle')}</h2>
            <ol class="guide-steps">
              <li>{t('submissions.status.next1')}</li>
              <li>{t('submissions.status.next2')}</li>
              <li>{view.kind === 'join' ? t('submissions.status.next3join') : t('submissions.status.next3change')}</li>
            </ol>
            <p>{t('submissions.status.noEdit')}</p>
          </>
        ) : null}
        {view.status === 'rejected' && view.decisionMessage ? <p class="preserve-lines">{view.decisionMessage}</p> : null}
        <p>
          <a href={ctx.href('/my/organisations')}>{t('submissions.my.title')}</a>
        </p>
      </div>
    </Layout>
  );
}
