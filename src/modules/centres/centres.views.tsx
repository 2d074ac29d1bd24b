import { formValue, formValueList, type FormState } from '../../platform/http/form.js';
import { pick, pickedLang } from '../../platform/i18n/i18n.js';
import { ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { formatRange } from '../events/helsinki-time.js';
import type { CentreRow } from './centres.repo.js';
import { CENTRE_KINDS, CENTRE_OFFERS, type CentreListQuery } from './centres.schema.js';
import type { CentreFormData } from './get-centre-form.js';
import type { CentrePage } from './get-centre-page.js';
import type { CentreList } from './list-centres.js';
import type { PublicMaterial } from './materials.repo.js';

export function Notice({ text }: { text?: string }) {
  return text ? (
    <div class="notice notice-saved" role="status">
      <p>{text}</p>
    </div>
  ) : null;
}

export function centreName(ctx: PageContext, c: Pick<CentreRow, 'nameFi' | 'nameSv'>): string {
  return pick(ctx.lang, c.nameFi, c.nameSv);
}

function CentreNameText({ ctx, c }: { ctx: PageContext; c: Pick<CentreRow, 'nameFi' | 'nameSv'> }) {
  const lang = pickedLang(ctx.lang, c.nameSv);
  return <span lang={lang !== ctx.lang ? lang : undefined}>{centreName(ctx, c)}</span>;
}

function municipalityName(ctx: PageContext, c: Pick<CentreRow, 'municipalityFi' | 'municipalitySv'>): string {
  return pick(ctx.lang, c.municipalityFi, c.municipalitySv);
}

function addressLine(ctx: PageContext, c: CentreRow): string {
  return [c.streetAddress, [c.postalCode, c.postOffice || municipalityName(ctx, c)].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** The public list of care centres with the region and municipality filter (a GET form, works without JavaScript). */
export function CentreListView({ ctx, list }: { ctx: PageContext; list: CentreList }) {
  const { t } = ctx;
  const q: CentreListQuery = list.query;
  return (
    <Layout ctx={ctx} title={t('centres.list.title')} breadcrumbs={[[t('centres.list.title'), ctx.path]]}>
      <h1>{t('centres.list.title')}</h1>
      <p>{t('centres.list.intro')}</p>
      <form method="get" action={ctx.href('/centres')} class="filters centre-filters">
        <SelectField
          ctx={ctx}
          name="region"
          label={t('centres.list.region')}
          value={q.region ?? ''}
          placeholder={t('centres.list.allRegions')}
          options={list.regions.map((r) => ({ value: r.id, label: pick(ctx.lang, r.nameFi, r.nameSv, r.nameEn) }))}
        />
        <SelectField
          ctx={ctx}
          name="municipality"
          label={t('centres.list.municipality')}
          value={q.municipality ?? ''}
          placeholder={t('centres.list.allMunicipalities')}
          options={list.municipalities.map((m) => ({ value: m.code, label: pick(ctx.lang, m.nameFi, m.nameSv) }))}
        />
        <button type="submit" class="button">
          {t('centres.list.filter')}
        </button>
      </form>
      <h2>{t("centres.list.count", { n: list.centres.length })}</h2>
      {list.centres.length === 0 ? (
        <p>{t('centres.list.none')}</p>
      ) : (
        <ul class="centre-list">
          {list.centres.map((c) => (
            <li>
              <h3>
                <a href={ctx.href(`/centres/${c.id}`)}>
                  <CentreNameText ctx={ctx} c={c} />
                </a>
              </h3>
              <p>
                {t(`centres.kind.${c.kind}`)} · {addressLine(ctx, c)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function Offers({ ctx, c }: { ctx: PageContext; c: CentreRow }) {
  const { t } = ctx;
  const offered = CENTRE_OFFERS.filter((o) => c[o]);
  if (offered.length === 0) return <p>{t('centres.page.offersNone')}</p>;
  return (
    <ul>
      {offered.map((o) => (
        <li>
          {t(`centres.offer.${o}`)}
          {o === 'infoScreens' && c.screenWidth && c.screenHeight ? ` (${t('centres.page.screen', { width: c.screenWidth, height: c.screenHeight })})` : null}
        </li>
      ))}
    </ul>
  );
}

/** Texts with blank-line paragraphs. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p>{p}</p>
        ))}
    </>
  );
}

/** A centre's public page: what it offers NGOs, its NGO activities and coming events, its current materials. */
export function CentrePageView({ ctx, page, materials, notice }: { ctx: PageContext; page: CentrePage; materials: PublicMaterial[]; notice?: string }) {
  const { t } = ctx;
  const c = page.centre;
  const name = centreName(ctx, c);
  return (
    <Layout ctx={ctx} title={name} breadcrumbs={[[t('centres.list.title'), '/centres'], [name, ctx.path]]}>
      <h1>
        <CentreNameText ctx={ctx} c={c} />
      </h1>
      <Notice text={notice} />
      <p class="lead">{t(`centres.kind.${c.kind}`)}</p>
      <dl class="facts">
        <dt>{t('centres.page.address')}</dt>
        <dd>{addressLine(ctx, c)}</dd>
        <dt>{t('centres.page.municipality')}</dt>
        <dd>{municipalityName(ctx, c)}</dd>
        {c.wellbeingCountyFi ? (
          <>
            <dt>{t('centres.page.county')}</dt>
            <dd>{pick(ctx.lang, c.wellbeingCountyFi, c.wellbeingCountySv)}</dd>
          </>
        ) : null}
        {c.openingHours ? (
          <>
            <dt>{t('centres.page.openingHours')}</dt>
            <dd>{c.openingHours}</dd>
          </>
        ) : null}
      </dl>
      <p class="actions">
        {page.canEdit ? (
          <a class="button button-secondary" href={ctx.href(`/admin/centres/${c.id}/edit`)}>
            {t('centres.page.edit')}
          </a>
        ) : null}{' '}
        {page.isLiaison ? (
          <a class="button button-secondary" href={ctx.href(`/centres/${c.id}/desk`)}>
            {t('centres.desk.title')}
          </a>
        ) : null}{' '}
        <a href={ctx.href(`/centres/${c.id}/print`)}>{t('centres.print.link')}</a>
      </p>
      <section aria-labelledby="centre-offers">
        <h2 id="centre-offers">{t('centres.page.offers')}</h2>
        <Offers ctx={ctx} c={c} />
        {c.roomsDescription ? <Paragraphs text={c.roomsDescription} /> : null}
        <p>
          <a href={ctx.href('/my/materials/new')}>{t('centres.page.sendMaterial')}</a>
        </p>
      </section>
      <section aria-labelledby="centre-events">
        <h2 id="centre-events">{t('centres.page.events')}</h2>
        {page.events.length === 0 ? (
          <p>{t('centres.page.eventsNone')}</p>
        ) : (
          <ul>
            {page.events.map((e) => (
              <li>
                <a href={ctx.href(`/events/${e.id}`)}>{pick(ctx.lang, e.nameFi, e.nameSv, e.nameEn)}</a> – {formatRange(e.startsAt, e.endsAt, ctx.lang, t('centres.page.at'))}
                {e.recurring ? ` (${t('centres.page.recurring')})` : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="centre-materials">
        <h2 id="centre-materials">{t('centres.page.materials')}</h2>
        {materials.length === 0 ? (
          <p>{t('centres.page.materialsNone')}</p>
        ) : (
          <ul>
            {materials.map((m) => (
              <li>
                <a href={ctx.href(`/materials/${m.id}/file`)}>{m.title}</a> – {t(`centres.materialKind.${m.kind}`)}, {m.organizationFi}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="centre-activities">
        <h2 id="centre-activities">{t('centres.page.activities')}</h2>
        <p class="hint">{t('centres.page.activitiesHint', { municipality: municipalityName(ctx, c) })}</p>
        {page.activities.length === 0 ? (
          <p>{t('centres.page.activitiesNone')}</p>
        ) : (
          <ul>
            {page.activities.map((a) => (
              <li>
                <a href={ctx.href(`/activities/${a.id}`)}>{pick(ctx.lang, a.nameFi, a.nameSv, a.nameEn)}</a> – {pick(ctx.lang, a.organizationFi, a.organizationSv, a.organizationEn)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

/** The administrators' list of their regions' centres. */
export function AdminCentresView({ ctx, centres, notice }: { ctx: PageContext; centres: CentreRow[]; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('centres.admin.title')} breadcrumbs={[[t('centres.admin.title'), ctx.path]]}>
      <h1>{t('centres.admin.title')}</h1>
      <Notice text={notice} />
      <p>
        <a class="button" href={ctx.href('/admin/centres/new')}>
          {t('centres.admin.new')}
        </a>
      </p>
      {centres.length === 0 ? (
        <p>{t('centres.list.none')}</p>
      ) : (
        <ul>
          {centres.map((c) => (
            <li>
              <a href={ctx.href(`/centres/${c.id}`)}>
                <CentreNameText ctx={ctx} c={c} />
              </a>{' '}
              ({municipalityName(ctx, c)}) –{' '}
              <a href={ctx.href(`/admin/centres/${c.id}/edit`)} aria-label={t('centres.admin.editLabel', { name: centreName(ctx, c) })}>
                {t('centres.admin.edit')}
              </a>{' '}
              · <a href={ctx.href(`/centres/${c.id}/meetings`)} aria-label={t('meetings.admin.meetingsLabel', { name: centreName(ctx, c) })}>
                {t('meetings.list.title')}
              </a>{' '}
              · <a href={ctx.href(`/centres/${c.id}/report`)} aria-label={t('meetings.admin.reportLabel', { name: centreName(ctx, c) })}>
                {t('meetings.admin.report')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function centreValues(c: CentreRow): Record<string, string | string[]> {
  return {
    nameFi: c.nameFi,
    nameSv: c.nameSv,
    kind: c.kind,
    streetAddress: c.streetAddress,
    postalCode: c.postalCode,
    postOffice: c.postOffice,
    municipality: c.municipalityCode,
    openingHours: c.openingHours,
    offers: CENTRE_OFFERS.filter((o) => c[o]),
    roomsDescription: c.roomsDescription,
    screenWidth: c.screenWidth?.toString() ?? '',
    screenHeight: c.screenHeight?.toString() ?? '',
    maxFileMb: c.maxFileMb.toString(),
    maxPdfPages: c.maxPdfPages.toString(),
  };
}

/**
 * The centre form (new or edit) and, when editing, the centre's liaisons with the appointment form. `form` holds the
 * centre form's state; `liaisonForm` the appointment form's (each shown again with its own errors).
 */
export function CentreFormPage({ ctx, csrf, data, form, liaisonForm, notice }: { ctx: PageContext; csrf: string; data: CentreFormData; form: FormState; liaisonForm: FormState; notice?: string }) {
  const { t } = ctx;
  const c = data.centre;
  const v = Object.keys(form.values).length > 0 || Object.keys(form.errors).length > 0 || !c ? form.values : centreValues(c);
  const title = c ? t('centres.form.editTitle', { name: c.nameFi }) : t('centres.form.newTitle');
  const kindOptions = CENTRE_KINDS.map((k) => ({ value: k, label: t(`centres.kind.${k}`) }));
  const offerOptions = CENTRE_OFFERS.map((o) => ({ value: o, label: t(`centres.offer.${o}`) }));
  const errors = { ...form.errors, ...liaisonForm.errors };
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, errors)} breadcrumbs={[[t('centres.admin.title'), '/admin/centres'], [title, ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={errors} anchors={{ kind: groupAnchor('kind', kindOptions), offers: groupAnchor('offers', offerOptions) }} />
      <form method="post" action={ctx.href(c ? `/admin/centres/${c.id}/edit` : '/admin/centres')} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="nameFi" label={t('centres.form.nameFi')} value={formValue(v, 'nameFi')} error={fieldError(ctx, form.errors, 'nameFi')} required lang="fi" />
        <TextInput ctx={ctx} name="nameSv" label={t('centres.form.nameSv')} value={formValue(v, 'nameSv')} error={fieldError(ctx, form.errors, 'nameSv')} lang="sv" />
        <ChoiceGroup ctx={ctx} type="radio" name="kind" legend={t('centres.form.kind')} options={kindOptions} selected={formValueList(v, 'kind')} error={fieldError(ctx, form.errors, 'kind')} required />
        <TextInput ctx={ctx} name="streetAddress" label={t('centres.form.streetAddress')} value={formValue(v, 'streetAddress')} error={fieldError(ctx, form.errors, 'streetAddress')} autocomplete="off" />
        <TextInput ctx={ctx} name="postalCode" label={t('centres.form.postalCode')} value={formValue(v, 'postalCode')} error={fieldError(ctx, form.errors, 'postalCode')} inputmode="numeric" />
        <TextInput ctx={ctx} name="postOffice" label={t('centres.form.postOffice')} value={formValue(v, 'postOffice')} error={fieldError(ctx, form.errors, 'postOffice')} />
        <SelectField
          ctx={ctx}
          name="municipality"
          label={t('centres.form.municipality')}
          hint={t('centres.form.municipalityHint')}
          value={formValue(v, 'municipality')}
          placeholder={t('centres.form.chooseMunicipality')}
          options={data.municipalities.map((m) => ({ value: m.code, label: pick(ctx.lang, m.nameFi, m.nameSv) }))}
          error={fieldError(ctx, form.errors, 'municipality')}
          required
        />
        <TextArea ctx={ctx} name="openingHours" label={t('centres.form.openingHours')} value={formValue(v, 'openingHours')} error={fieldError(ctx, form.errors, 'openingHours')} rows={3} />
        <ChoiceGroup ctx={ctx} name="offers" legend={t('centres.form.offers')} options={offerOptions} selected={formValueList(v, 'offers')} error={fieldError(ctx, form.errors, 'offers')} />
        <TextArea ctx={ctx} name="roomsDescription" label={t('centres.form.roomsDescription')} hint={t('centres.form.roomsHint')} value={formValue(v, 'roomsDescription')} error={fieldError(ctx, form.errors, 'roomsDescription')} rows={3} />
        <fieldset class="field">
          <legend>{t('centres.form.requirements')}</legend>
          <p class="hint">{t('centres.form.requirementsHint')}</p>
          <TextInput ctx={ctx} name="screenWidth" label={t('centres.form.screenWidth')} value={formValue(v, 'screenWidth')} error={fieldError(ctx, form.errors, 'screenWidth')} inputmode="numeric" />
          <TextInput ctx={ctx} name="screenHeight" label={t('centres.form.screenHeight')} value={formValue(v, 'screenHeight')} error={fieldError(ctx, form.errors, 'screenHeight')} inputmode="numeric" />
          <TextInput ctx={ctx} name="maxFileMb" label={t('centres.form.maxFileMb')} hint={t('centres.form.maxFileMbHint')} value={formValue(v, 'maxFileMb')} error={fieldError(ctx, form.errors, 'maxFileMb')} inputmode="numeric" />
          <TextInput ctx={ctx} name="maxPdfPages" label={t('centres.form.maxPdfPages')} hint={t('centres.form.maxPdfPagesHint')} value={formValue(v, 'maxPdfPages')} error={fieldError(ctx, form.errors, 'maxPdfPages')} inputmode="numeric" />
        </fieldset>
        <button type="submit" class="button">
          {c ? t('centres.form.save') : t('centres.form.create')}
        </button>
      </form>
      {c ? (
        <section aria-labelledby="centre-liaisons">
          <h2 id="centre-liaisons">{t('centres.liaisons.title')}</h2>
          <p>{t('centres.liaisons.intro')}</p>
          {data.liaisons.length === 0 ? (
            <p>{t('centres.liaisons.none')}</p>
          ) : (
            <ul>
              {data.liaisons.map((l) => (
                <li>
                  {l.email}{' '}
                  <form method="post" action={ctx.href(`/admin/centres/${c.id}/liaisons/remove`)} class="inline-form">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="user" value={l.userId} />
                    <button type="submit" class="button button-secondary" aria-label={t('centres.liaisons.removeLabel', { email: l.email })}>
                      {t('centres.liaisons.remove')}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <form method="post" action={ctx.href(`/admin/centres/${c.id}/liaisons`)} novalidate>
            <CsrfField token={csrf} />
            <TextInput ctx={ctx} name="email" type="email" label={t('centres.liaisons.email')} hint={t('centres.liaisons.emailHint')} value={formValue(liaisonForm.values, 'email')} error={fieldError(ctx, liaisonForm.errors, 'email')} autocomplete="off" required />
            <button type="submit" class="button">
              {t('centres.liaisons.appoint')}
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
