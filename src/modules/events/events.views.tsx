import { formValue, formValueList, type FormState, type FormValues } from '../../platform/http/form.js';
import { formatNumber, pick, pickedLang } from '../../platform/i18n/i18n.js';
import { ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, SelectField, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { languageName } from '../directory/parts.views.js';
import { eventJsonLd, jsonLdText } from './event-json-ld.js';
import type { EventRecord } from './events.repo.js';
import { ATTENDANCES, EVENT_LANGUAGES, EVENT_STATUSES, REGISTRATIONS } from './events.schema.js';
import type { EventFormData } from './get-event-form.js';
import type { EventPage } from './get-event-page.js';
import { dateInput, formatDay, formatRange, timeInput } from './helsinki-time.js';
import type { CalendarItem, RegionCalendar } from './list-region-calendar.js';
import { REPEATS, repeatOf, type Occurrence } from './recurrence.js';
import type { CalendarQuery } from './events.schema.js';

const themeHref = (slug: string) => `/regions/${slug}/theme.css`;

function when(ctx: PageContext, o: Occurrence): string {
  return formatRange(o.start, o.end, ctx.lang, ctx.t('events.at'));
}

function name(ctx: PageContext, e: EventRecord): string {
  return pick(ctx.lang, e.nameFi, e.nameSv, e.nameEn);
}

function nameLang(ctx: PageContext, e: EventRecord): string | undefined {
  const l = pickedLang(ctx.lang, e.nameSv, e.nameEn);
  return l !== ctx.lang ? l : undefined;
}

function placeText(e: EventRecord): string {
  return [e.placeName, e.streetAddress, [e.postalCode, e.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** "Paikan päällä, Kuopio" / "Etänä" / "Hybridi: …", and "Peruttu" / "Siirretty" when so. */
function StatusTag({ ctx, e }: { ctx: PageContext; e: EventRecord }) {
  if (e.status === 'scheduled') return null;
  return <strong class="event-status">{ctx.t(`events.status.${e.status}`)}</strong>;
}

/** One occurrence in a list: name (link), time, where, status. */
export function EventListItem({ ctx, item, headingLevel = 3 }: { ctx: PageContext; item: CalendarItem; headingLevel?: 2 | 3 }) {
  const { event: e, occurrence } = item;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="event-item">
      <H class="event-item-title">
        <a href={ctx.href(`/events/${e.id}`)} lang={nameLang(ctx, e)}>
          {name(ctx, e)}
        </a>
      </H>
      <p class="event-item-meta">
        <StatusTag ctx={ctx} e={e} /> {when(ctx, occurrence)}
        {e.rrule ? ` · ${ctx.t('events.recurring')}` : ''}
        {' · '}
        {e.attendance === 'remote' ? ctx.t('events.attendance.remote') : `${e.attendance === 'hybrid' ? `${ctx.t('events.attendance.hybrid')}: ` : ''}${[e.placeName, e.city].filter(Boolean).join(', ')}`}
      </p>
    </li>
  );
}

/** The portal front page's "Tulevat tapahtumat": the next few occurrences and a link to the calendar. */
export function UpcomingEventsSection({ ctx, slug, items }: { ctx: PageContext; slug: string; items: CalendarItem[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="region-events-title" class="region-events">
      <h2 id="region-events-title">{t('events.portal.title')}</h2>
      {items.length === 0 ? (
        <p>{t('events.portal.none')}</p>
      ) : (
        <ul class="event-list">
          {items.map((item) => (
            <EventListItem ctx={ctx} item={item} />
          ))}
        </ul>
      )}
      <p>
        <a href={ctx.href(`/regions/${slug}/events`)}>{t('events.portal.all')}</a>
      </p>
    </section>
  );
}

function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p lang={lang}>{p}</p>
        ))}
    </>
  );
}

/** /events/{id}: the event, its next times, where and how, its .ics; schema.org Event as JSON-LD. */
export function EventPageView({ ctx, page, csrf, baseUrl, notice }: { ctx: PageContext; page: EventPage; csrf: string; baseUrl: string; notice?: string }) {
  const { t, lang } = ctx;
  const e = page.event;
  const title = name(ctx, e);
  const description = pick(lang, e.descriptionFi, e.descriptionSv, e.descriptionEn);
  const descriptionLang = pickedLang(lang, e.descriptionSv, e.descriptionEn);
  const url = `${baseUrl}${ctx.href(`/events/${e.id}`)}`;
  const ld = jsonLdText(eventJsonLd(e, page.shown, lang, url));
  const terms = (slug: string) => e.terms.filter((x) => x.slug === slug).map((x) => pick(lang, x.nameFi, x.nameSv, x.nameEn));
  const repeat = repeatOf(e.rrule);
  return (
    <Layout ctx={ctx} title={title} description={description.slice(0, 160)} breadcrumbs={[[title, ctx.path]]}>
      <article class="event-page">
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ld }} />
        {notice ? (
          <div class="notice notice-saved" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        <h1 lang={nameLang(ctx, e)}>{title}</h1>
        {e.reviewStatus !== 'approved' ? (
          <div class="notice notice-returned">
            <p>{t(`events.review.${e.reviewStatus}`)}</p>
          </div>
        ) : null}
        {e.status !== 'scheduled' ? (
          <div class="notice notice-returned">
            <p>
              <strong>{t(`events.status.${e.status}`)}</strong> {t(`events.status.${e.status}.explain`)}
            </p>
          </div>
        ) : null}
        {page.past ? (
          <div class="notice">
            <p>{t('events.past')}</p>
          </div>
        ) : null}
        {page.canReview ? <DecisionForm ctx={ctx} csrf={csrf} id={e.id} label={title} /> : null}
        <dl class="event-facts">
          <dt>{t('events.when')}</dt>
          <dd>
            {when(ctx, page.shown)}
            {e.rrule ? (
              <>
                <br />
                {t(`events.repeat.${repeat.repeat}.text`)}
                {repeat.until ? ` ${t('events.repeat.until', { date: formatDay(repeat.until, lang) })}` : ''}
              </>
            ) : null}
          </dd>
          <dt>{t('events.where')}</dt>
          <dd>
            {t(`events.attendance.${e.attendance}`)}
            {e.attendance !== 'remote' ? (
              <>
                <br />
                {placeText(e)}
              </>
            ) : null}
            {e.attendance !== 'on_site' && e.onlineUrl ? (
              <>
                <br />
                <a href={e.onlineUrl} rel="noopener noreferrer">
                  {t('events.onlineLink')}
                </a>
              </>
            ) : null}
          </dd>
          <dt>{t('events.municipalities')}</dt>
          <dd>{e.municipalities.map((m) => (lang === 'sv' ? m.nameSv : m.nameFi)).join(', ')}</dd>
          <dt>{t('events.price')}</dt>
          <dd>{e.freeOfCharge ? t('events.free') : e.price || t('events.priceAsk')}</dd>
          {e.languages.length > 0 ? (
            <>
              <dt>{t('events.languages')}</dt>
              <dd>{e.languages.map((l) => languageName(l, lang)).join(', ')}</dd>
            </>
          ) : null}
          {terms('target').length > 0 ? (
            <>
              <dt>{t('events.audience')}</dt>
              <dd>{terms('target').join(', ')}</dd>
            </>
          ) : null}
          {terms('need').length > 0 ? (
            <>
              <dt>{t('events.needs')}</dt>
              <dd>{terms('need').join(', ')}</dd>
            </>
          ) : null}
          {e.accessibility ? (
            <>
              <dt>{t('events.accessibility')}</dt>
              <dd lang={lang !== 'fi' ? 'fi' : undefined}>{e.accessibility}</dd>
            </>
          ) : null}
          <dt>{t('events.registration')}</dt>
          <dd>
            {e.registration === 'none' ? t('events.registration.none.text') : null}
            {e.registration === 'link' && e.registrationUrl ? (
              <a href={e.registrationUrl} rel="noopener noreferrer">
                {t('events.registration.link.text')}
              </a>
            ) : null}
            {e.registration === 'email' && e.registrationEmail ? (
              <>
                {t('events.registration.email.text')} <a href={`mailto:${e.registrationEmail}`}>{e.registrationEmail}</a>
              </>
            ) : null}
          </dd>
          <dt>{t('events.organizer')}</dt>
          <dd>
            {e.organizerName}
            {e.contactEmail ? (
              <>
                <br />
                <a href={`mailto:${e.contactEmail}`}>{e.contactEmail}</a>
              </>
            ) : null}
            {e.contactPhone ? (
              <>
                <br />
                <a href={`tel:${e.contactPhone.replace(/\s/g, '')}`}>{e.contactPhone}</a>
              </>
            ) : null}
          </dd>
        </dl>
        <h2>{t('events.description')}</h2>
        <Paragraphs text={description} lang={descriptionLang !== lang ? descriptionLang : undefined} />
        {e.rrule && page.upcoming.length > 1 ? (
          <>
            <h2>{t('events.nextTimes')}</h2>
            <ul>
              {page.upcoming.map((o) => (
                <li>{when(ctx, o)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {e.reviewStatus === 'approved' ? (
          <p>
            <a href={ctx.href(`/events/${e.id}.ics`)} download={`tapahtuma-${e.id}.ics`}>
              {t('events.ics')}
            </a>
          </p>
        ) : null}
        {page.canEdit ? (
          <p>
            <a class="button" href={ctx.href(`/events/${e.id}/edit`)}>
              {t('events.edit')}
            </a>
          </p>
        ) : null}
      </article>
    </Layout>
  );
}

/** Approve / reject buttons (one form; the pressed button's value is the decision). */
function DecisionForm({ ctx, csrf, id, label }: { ctx: PageContext; csrf: string; id: string; label: string }) {
  return (
    <form method="post" action={ctx.href(`/admin/events/${id}/decision`)} class="event-decision">
      <CsrfField token={csrf} />
      <button type="submit" name="decision" value="approve" class="button" aria-label={`${ctx.t('events.approve')}: ${label}`}>
        {ctx.t('events.approve')}
      </button>{' '}
      <button type="submit" name="decision" value="reject" class="button button-secondary" aria-label={`${ctx.t('events.reject')}: ${label}`}>
        {ctx.t('events.reject')}
      </button>
    </form>
  );
}

function calendarHref(slug: string, q: CalendarQuery, page?: number): string {
  const params = new URLSearchParams();
  for (const k of ['from', 'to', 'municipality', 'theme', 'remote'] as const) if (q[k]) params.set(k, q[k]!);
  if (page && page > 1) params.set('page', String(page));
  const s = params.toString();
  return `/regions/${slug}/events${s ? `?${s}` : ''}`;
}

/** /regions/{slug}/events: the region's calendar with its filters and the iCal subscription. */
export function CalendarPageView({ ctx, cal, query, baseUrl }: { ctx: PageContext; cal: RegionCalendar; query: CalendarQuery; baseUrl: string }) {
  const { t } = ctx;
  const title = t('events.title');
  const feed = `${baseUrl}${ctx.href(`/regions/${cal.region.slug}/events.ics`)}`;
  return (
    <Layout ctx={ctx} title={`${title} – ${cal.region.name}`} stylesheet={themeHref(cal.region.slug)} breadcrumbs={[[cal.region.name, `/regions/${cal.region.slug}`], [title, ctx.path]]}>
      <div class="region-portal">
        <h1>{`${title} – ${cal.region.name}`}</h1>
        <form method="get" action={ctx.href(`/regions/${cal.region.slug}/events`)} class="event-filters" aria-labelledby="event-filters-title">
          <h2 id="event-filters-title">{t('events.filters')}</h2>
          <div class="field">
            <label for="from">{t('events.filter.from')}</label>
            <input type="date" id="from" name="from" value={query.from ?? ''} />
          </div>
          <div class="field">
            <label for="to">{t('events.filter.to')}</label>
            <input type="date" id="to" name="to" value={query.to ?? ''} />
          </div>
          <SelectField ctx={ctx} name="municipality" label={t('events.filter.municipality')} value={query.municipality ?? ''} placeholder={t('events.filter.all')} options={cal.municipalities.map((m) => ({ value: m.code, label: m.name }))} />
          {cal.themes.length > 0 ? (
            <SelectField ctx={ctx} name="theme" label={t('events.filter.theme')} value={query.theme ?? ''} placeholder={t('events.filter.all')} options={cal.themes.map((m) => ({ value: m.slug, label: m.name }))} />
          ) : null}
          <div class="field single-choice">
            <input type="checkbox" id="remote" name="remote" value="yes" checked={query.remote === 'yes'} />
            <label for="remote">{t('events.filter.remote')}</label>
          </div>
          <button type="submit" class="button">
            {t('events.filter.submit')}
          </button>
        </form>
        <h2 id="event-results-title">{t('events.results', { n: formatNumber(cal.total, ctx.lang) })}</h2>
        {cal.items.length === 0 ? (
          <p>{t('events.none')}</p>
        ) : (
          <ul class="event-list" aria-labelledby="event-results-title">
            {cal.items.map((item) => (
              <EventListItem ctx={ctx} item={item} />
            ))}
          </ul>
        )}
        {cal.pages > 1 ? (
          <nav aria-label={t('events.pages')} class="pagination">
            <ul>
              {cal.page > 1 ? (
                <li>
                  <a href={ctx.href(calendarHref(cal.region.slug, query, cal.page - 1))} rel="prev">
                    {t('events.previous')}
                  </a>
                </li>
              ) : null}
              <li aria-current="page">{`${cal.page} / ${cal.pages}`}</li>
              {cal.page < cal.pages ? (
                <li>
                  <a href={ctx.href(calendarHref(cal.region.slug, query, cal.page + 1))} rel="next">
                    {t('events.next')}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <section aria-labelledby="event-subscribe-title">
          <h2 id="event-subscribe-title">{t('events.subscribe')}</h2>
          <p>{t('events.subscribe.hint')}</p>
          <p>
            <a href={ctx.href(`/regions/${cal.region.slug}/events.ics`)}>{t('events.subscribe.link')}</a>
          </p>
          <p>
            <code>{feed}</code>
          </p>
        </section>
      </div>
    </Layout>
  );
}

function DateTimeField({ ctx, name, type, label, value, error, required, hint }: { ctx: PageContext; name: string; type: 'date' | 'time'; label: string; value: string; error?: string; required?: boolean; hint?: string }) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={name}>
        {label}
        {required ? <span class="required"> {ctx.t('form.required')}</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} class="field-error">
          {error}
        </p>
      ) : null}
      <input type={type} id={name} name={name} value={value} aria-required={required ? 'true' : undefined} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} />
    </div>
  );
}

/** The saved event as the form's values. */
function eventValues(e: EventRecord | null, data: EventFormData): FormValues {
  if (!e) {
    return { organizationId: data.organizations[0]?.value ?? '', organizerName: data.by === 'maintainer' ? (data.organizations[0]?.label ?? '') : '', languages: ['fi'], attendance: 'on_site', registration: 'none', repeat: 'none', free: 'yes' };
  }
  const r = repeatOf(e.rrule);
  const v: FormValues = {
    organizationId: e.organizationId ?? '',
    nameFi: e.nameFi,
    nameSv: e.nameSv,
    nameEn: e.nameEn,
    descriptionFi: e.descriptionFi,
    descriptionSv: e.descriptionSv,
    descriptionEn: e.descriptionEn,
    startDate: dateInput(e.startsAt),
    startTime: timeInput(e.startsAt),
    endDate: dateInput(e.endsAt),
    endTime: timeInput(e.endsAt),
    repeat: r.repeat,
    repeatUntil: r.until ? dateInput(r.until) : '',
    attendance: e.attendance,
    placeName: e.placeName,
    streetAddress: e.streetAddress,
    postalCode: e.postalCode,
    city: e.city,
    onlineUrl: e.onlineUrl ?? '',
    municipalities: e.municipalities.map((m) => m.code),
    price: e.price,
    languages: e.languages,
    needs: e.terms.filter((x) => x.slug === 'need').map((x) => x.code),
    audience: e.terms.filter((x) => x.slug === 'target').map((x) => x.code),
    accessibility: e.accessibility,
    registration: e.registration,
    registrationUrl: e.registrationUrl ?? '',
    registrationEmail: e.registrationEmail ?? '',
    organizerName: e.organizerName,
    contactEmail: e.contactEmail ?? '',
    contactPhone: e.contactPhone ?? '',
    status: e.status,
  };
  if (e.freeOfCharge) v.free = 'yes';
  return v;
}

/** The event form: new (a maintainer's or an administrator's) or an edit. Works without JavaScript. */
export function EventFormPage({ ctx, csrf, data, form, action }: { ctx: PageContext; csrf: string; data: EventFormData; form: FormState; action: string }) {
  const { t } = ctx;
  const e = data.event;
  const values = Object.keys(form.values).length > 0 ? form.values : eventValues(e, data);
  const err = (field: string) => fieldError(ctx, form.errors, field);
  const title = e ? t('events.form.editTitle', { name: e.nameFi }) : data.by === 'maintainer' ? t('events.form.sendTitle') : t('events.form.newTitle');
  const chosen = new Set(formValueList(values, 'municipalities'));
  const municipalitiesError = err('municipalities');
  const back = e ? `/events/${e.id}` : data.by === 'maintainer' ? '/my/events' : '/admin/events';
  const anchors = { municipalities: 'municipalities', needs: 'needs-group', audience: 'audience-group', languages: 'languages-group', attendance: 'attendance-group', registration: 'registration-group', repeat: 'repeat', status: 'status' };
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('events.title'), back], [title, ctx.path]]}>
      <div class="admin-page event-form">
        <h1>{title}</h1>
        <FormErrorSummary ctx={ctx} errors={form.errors} anchors={anchors} />
        {data.by === 'maintainer' && !e ? <p>{t('events.form.sendIntro')}</p> : null}
        {e && data.by === 'maintainer' && e.reviewStatus === 'approved' ? <p>{t('events.form.reapproval')}</p> : null}
        <form method="post" action={ctx.href(action)} novalidate>
          <CsrfField token={csrf} />
          {data.by === 'maintainer' && !e ? (
            <SelectField ctx={ctx} name="organizationId" label={t('events.form.organization')} value={formValue(values, 'organizationId')} options={data.organizations} error={err('organizationId')} required />
          ) : null}
          <fieldset>
            <legend>{t('events.form.names')}</legend>
            <TextInput ctx={ctx} name="nameFi" label={t('events.form.nameFi')} value={formValue(values, 'nameFi')} error={err('nameFi')} required lang="fi" />
            <TextInput ctx={ctx} name="nameSv" label={t('events.form.nameSv')} value={formValue(values, 'nameSv')} error={err('nameSv')} lang="sv" />
            <TextInput ctx={ctx} name="nameEn" label={t('events.form.nameEn')} value={formValue(values, 'nameEn')} error={err('nameEn')} lang="en" />
            <TextArea ctx={ctx} name="descriptionFi" label={t('events.form.descriptionFi')} value={formValue(values, 'descriptionFi')} error={err('descriptionFi')} required rows={6} lang="fi" />
            <TextArea ctx={ctx} name="descriptionSv" label={t('events.form.descriptionSv')} value={formValue(values, 'descriptionSv')} error={err('descriptionSv')} rows={4} lang="sv" />
            <TextArea ctx={ctx} name="descriptionEn" label={t('events.form.descriptionEn')} value={formValue(values, 'descriptionEn')} error={err('descriptionEn')} rows={4} lang="en" />
          </fieldset>
          <fieldset>
            <legend>{t('events.form.time')}</legend>
            <p class="hint">{t('events.form.timeHint')}</p>
            <DateTimeField ctx={ctx} name="startDate" type="date" label={t('events.form.startDate')} value={formValue(values, 'startDate')} error={err('startDate')} required />
            <DateTimeField ctx={ctx} name="startTime" type="time" label={t('events.form.startTime')} value={formValue(values, 'startTime')} error={err('startTime')} required />
            <DateTimeField ctx={ctx} name="endDate" type="date" label={t('events.form.endDate')} hint={t('events.form.endDateHint')} value={formValue(values, 'endDate')} error={err('endDate')} />
            <DateTimeField ctx={ctx} name="endTime" type="time" label={t('events.form.endTime')} value={formValue(values, 'endTime')} error={err('endTime')} required />
            <SelectField ctx={ctx} name="repeat" label={t('events.form.repeat')} value={formValue(values, 'repeat')} error={err('repeat')} options={REPEATS.map((r) => ({ value: r, label: t(`events.repeat.${r}`) }))} />
            <DateTimeField ctx={ctx} name="repeatUntil" type="date" label={t('events.form.repeatUntil')} hint={t('events.form.repeatUntilHint')} value={formValue(values, 'repeatUntil')} error={err('repeatUntil')} />
          </fieldset>
          <fieldset>
            <legend>{t('events.form.place')}</legend>
            <ChoiceGroup ctx={ctx} name="attendance" type="radio" legend={t('events.form.attendance')} options={ATTENDANCES.map((a) => ({ value: a, label: t(`events.attendance.${a}`) }))} selected={[formValue(values, 'attendance')]} error={err('attendance')} required />
            <p class="hint">{t('events.form.placeHint')}</p>
            <TextInput ctx={ctx} name="placeName" label={t('events.form.placeName')} value={formValue(values, 'placeName')} error={err('placeName')} />
            <TextInput ctx={ctx} name="streetAddress" label={t('events.form.streetAddress')} value={formValue(values, 'streetAddress')} error={err('streetAddress')} autocomplete="off" />
            <TextInput ctx={ctx} name="postalCode" label={t('events.form.postalCode')} value={formValue(values, 'postalCode')} error={err('postalCode')} inputmode="numeric" autocomplete="off" />
            <TextInput ctx={ctx} name="city" label={t('events.form.city')} value={formValue(values, 'city')} error={err('city')} autocomplete="off" />
            <TextInput ctx={ctx} name="onlineUrl" type="url" label={t('events.form.onlineUrl')} hint={t('events.form.onlineUrlHint')} value={formValue(values, 'onlineUrl')} error={err('onlineUrl')} />
          </fieldset>
          <fieldset id="municipalities" class={municipalitiesError ? 'field choice-group field-invalid' : 'field choice-group'} aria-describedby={['municipalities-hint', municipalitiesError ? 'municipalities-error' : ''].filter(Boolean).join(' ')}>
            <legend>
              {t('events.form.municipalities')}
              <span class="required"> {t('form.required')}</span>
            </legend>
            <p id="municipalities-hint" class="hint">
              {t('events.form.municipalitiesHint')}
            </p>
            {municipalitiesError ? (
              <p id="municipalities-error" class="field-error">
                {municipalitiesError}
              </p>
            ) : null}
            {data.municipalityGroups.map((g) => {
              const n = g.municipalities.filter((m) => chosen.has(m.value)).length;
              return (
                <details class="region-municipality-group" open={n > 0 || data.municipalityGroups.length === 1}>
                  <summary>
                    {g.region}
                    {n > 0 ? ` (${t('events.form.chosen', { n })})` : ''}
                  </summary>
                  <ul class="choices choices-columns">
                    {g.municipalities.map((m) => (
                      <li>
                        <input type="checkbox" id={`municipality-${m.value}`} name="municipalities" value={m.value} checked={chosen.has(m.value)} aria-invalid={municipalitiesError ? 'true' : undefined} />
                        <label for={`municipality-${m.value}`}>{m.label}</label>
                      </li>
                    ))}
                  </ul>
                </details>
              );
            })}
          </fieldset>
          <fieldset>
            <legend>{t('events.form.forWhom')}</legend>
            <ChoiceGroup ctx={ctx} name="audience" legend={t('events.audience')} options={data.audience} selected={formValueList(values, 'audience')} error={err('audience')} columns />
            <details open={formValueList(values, 'needs').length > 0}>
              <summary>{t('events.form.needs')}</summary>
              <ChoiceGroup ctx={ctx} name="needs" legend={t('events.needs')} hint={t('events.form.needsHint')} options={data.needs} selected={formValueList(values, 'needs')} error={err('needs')} columns />
            </details>
            <ChoiceGroup ctx={ctx} name="languages" legend={t('events.languages')} options={EVENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l, ctx.lang) }))} selected={formValueList(values, 'languages')} error={err('languages')} columns />
            <TextArea ctx={ctx} name="accessibility" label={t('events.accessibility')} hint={t('events.form.accessibilityHint')} value={formValue(values, 'accessibility')} error={err('accessibility')} rows={3} />
          </fieldset>
          <fieldset>
            <legend>{t('events.form.priceAndRegistration')}</legend>
            <div class="field single-choice">
              <input type="checkbox" id="free" name="free" value="yes" checked={formValue(values, 'free') === 'yes'} />
              <label for="free">{t('events.form.free')}</label>
            </div>
            <TextInput ctx={ctx} name="price" label={t('events.form.price')} hint={t('events.form.priceHint')} value={formValue(values, 'price')} error={err('price')} />
            <ChoiceGroup ctx={ctx} name="registration" type="radio" legend={t('events.registration')} options={REGISTRATIONS.map((r) => ({ value: r, label: t(`events.registration.${r}`) }))} selected={[formValue(values, 'registration')]} error={err('registration')} />
            <TextInput ctx={ctx} name="registrationUrl" type="url" label={t('events.form.registrationUrl')} value={formValue(values, 'registrationUrl')} error={err('registrationUrl')} />
            <TextInput ctx={ctx} name="registrationEmail" type="email" label={t('events.form.registrationEmail')} value={formValue(values, 'registrationEmail')} error={err('registrationEmail')} />
          </fieldset>
          <fieldset>
            <legend>{t('events.organizer')}</legend>
            <TextInput ctx={ctx} name="organizerName" label={t('events.form.organizerName')} value={formValue(values, 'organizerName')} error={err('organizerName')} required autocomplete="organization" />
            <TextInput ctx={ctx} name="contactEmail" type="email" label={t('events.form.contactEmail')} hint={t('events.form.contactHint')} value={formValue(values, 'contactEmail')} error={err('contactEmail')} autocomplete="off" />
            <TextInput ctx={ctx} name="contactPhone" type="tel" label={t('events.form.contactPhone')} value={formValue(values, 'contactPhone')} error={err('contactPhone')} autocomplete="off" />
          </fieldset>
          {e ? (
            <SelectField ctx={ctx} name="status" label={t('events.form.status')} hint={t('events.form.statusHint')} value={formValue(values, 'status')} error={err('status')} options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.status.${s}`) }))} />
          ) : null}
          <button type="submit" class="button">
            {e ? t('events.form.save') : data.by === 'maintainer' ? t('events.form.send') : t('events.form.publish')}
          </button>
        </form>
        <p>
          <a href={ctx.href(back)}>{t('events.form.back')}</a>
        </p>
      </div>
    </Layout>
  );
}

function EventTable({ ctx, events, csrf, decide }: { ctx: PageContext; events: EventRecord[]; csrf?: string; decide?: boolean }) {
  const { t } = ctx;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('events.table.name')}</th>
          <th scope="col">{t('events.when')}</th>
          <th scope="col">{t('events.municipalities')}</th>
          <th scope="col">{t('events.table.state')}</th>
          <th scope="col">{t('events.table.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr>
            <th scope="row">
              <a href={ctx.href(`/events/${e.id}`)}>{e.nameFi}</a>
            </th>
            <td>
              {when(ctx, { start: e.startsAt, end: e.endsAt })}
              {e.rrule ? ` · ${t('events.recurring')}` : ''}
            </td>
            <td>{e.municipalities.map((m) => (ctx.lang === 'sv' ? m.nameSv : m.nameFi)).join(', ')}</td>
            <td>
              {t(`events.review.short.${e.reviewStatus}`)}
              {e.status !== 'scheduled' ? ` · ${t(`events.status.${e.status}`)}` : ''}
            </td>
            <td>
              {decide && csrf ? <DecisionForm ctx={ctx} csrf={csrf} id={e.id} label={e.nameFi} /> : null}
              <a href={ctx.href(`/events/${e.id}/edit`)} aria-label={`${t('events.edit')}: ${e.nameFi}`}>
                {t('events.edit')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /my/events: the events of the maintainer's organisations, with their review state; "Lähetä tapahtuma". */
export function MyEventsPage({ ctx, organizations, events, notice }: { ctx: PageContext; organizations: { id: string; nameFi: string }[]; events: EventRecord[]; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('events.my.title')}>
      <div class="admin-page">
        <h1>{t('events.my.title')}</h1>
        {notice ? (
          <div class="notice notice-saved" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        {organizations.length === 0 ? (
          <p>{t('events.my.noOrganizations')}</p>
        ) : (
          <>
            <p>{t('events.my.intro')}</p>
            <p>
              <a class="button" href={ctx.href('/my/events/new')}>
                {t('events.my.new')}
              </a>
            </p>
            {events.length === 0 ? <p>{t('events.my.none')}</p> : <EventTable ctx={ctx} events={events} />}
          </>
        )}
      </div>
    </Layout>
  );
}

/** /admin/events: the events awaiting approval in the administrator's regions, and the upcoming approved ones. */
export function AdminEventsPage({ ctx, csrf, pending, upcoming, notice }: { ctx: PageContext; csrf: string; pending: EventRecord[]; upcoming: EventRecord[]; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('events.admin.title')}>
      <div class="admin-page">
        <h1>{t('events.admin.title')}</h1>
        {notice ? (
          <div class="notice notice-saved" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        <p>
          <a class="button" href={ctx.href('/admin/events/new')}>
            {t('events.admin.new')}
          </a>
        </p>
        <h2>{t('events.admin.pending', { n: pending.length })}</h2>
        {pending.length === 0 ? <p>{t('events.admin.nonePending')}</p> : <EventTable ctx={ctx} events={pending} csrf={csrf} decide />}
        <h2>{t('events.admin.upcoming')}</h2>
        {upcoming.length === 0 ? <p>{t('events.admin.noneUpcoming')}</p> : <EventTable ctx={ctx} events={upcoming} />}
      </div>
    </Layout>
  );
}
