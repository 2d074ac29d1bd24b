import { formValue, formValueList, type FormState } from '../../platform/http/form.js';
import { formatNumber, pick } from '../../platform/i18n/i18n.js';
import { ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { formatDay, formatRange } from '../events/helsinki-time.js';
import { centreName, Notice } from './centres.views.js';
import type { AwaitingFollowUpRow } from './follow-up.repo.js';
import type { MeetingPage } from './get-meeting.js';
import type { MeetingFormData } from './get-meeting-form.js';
import type { CentreMeetings } from './list-centre-meetings.js';
import type { InviteeRow, MeetingRow } from './meetings.repo.js';
import { FOLLOW_UP_OUTCOMES, RATINGS } from './meetings.schema.js';
import type { FollowUpPage } from './record-follow-up.js';
import type { StaffInvitation } from './staff-invitation.js';

/** Pages of municipal NGO meetings (organisers, invited organisations, staff by link) and of agreements' follow-up. */

function when(ctx: PageContext, m: Pick<MeetingRow, 'startsAt' | 'durationMinutes'>): string {
  return formatRange(m.startsAt, new Date(m.startsAt.getTime() + m.durationMinutes * 60_000), ctx.lang, ctx.t('centres.page.at'));
}

function DateTimeField({ name, type, label, value, error }: { name: string; type: 'date' | 'time'; label: string; value: string; error?: string }) {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={name}>{label}</label>
      {error ? (
        <p id={`${name}-error`} class="field-error">
          {error}
        </p>
      ) : null}
      <input type={type} id={name} name={name} value={value} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${name}-error` : undefined} />
    </div>
  );
}

/** The desk's part: agreements awaiting follow-up, and links to the meetings and the report. */
export function DeskCooperationSection({ ctx, centreId, awaiting }: { ctx: PageContext; centreId: string; awaiting: AwaitingFollowUpRow[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="desk-follow-up">
      <h2 id="desk-follow-up">{t('meetings.followUp.awaiting')}</h2>
      <AwaitingList ctx={ctx} awaiting={awaiting} />
      <ul>
        <li>
          <a href={ctx.href(`/centres/${centreId}/meetings`)}>{t('meetings.list.title')}</a>
        </li>
        <li>
          <a href={ctx.href(`/centres/${centreId}/report`)}>{t('meetings.list.report')}</a>
        </li>
      </ul>
    </section>
  );
}

function AwaitingList({ ctx, awaiting }: { ctx: PageContext; awaiting: AwaitingFollowUpRow[] }) {
  const { t } = ctx;
  if (awaiting.length === 0) return <p>{t('meetings.followUp.none')}</p>;
  return (
    <>
      <p>{t('meetings.followUp.awaitingIntro')}</p>
      <ul class="follow-up-list">
        {awaiting.map((a) => (
          <li>
            <a href={ctx.href(`/agreements/${a.id}/follow-up`)}>{t('meetings.followUp.record', { title: a.title })}</a> – {t(`centres.agreementKind.${a.kind}`)} · {a.organizationFi} · {formatDay(a.startsAt, ctx.lang)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** /centres/{id}/meetings: the centre's meetings for its organisers, and agreements awaiting follow-up. */
export function CentreMeetingsPage({ ctx, data, notice }: { ctx: PageContext; data: CentreMeetings; notice?: string }) {
  const { t } = ctx;
  const c = data.centre;
  const title = `${t('meetings.list.title')}: ${centreName(ctx, c)}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('centres.list.title'), '/centres'], [centreName(ctx, c), `/centres/${c.id}`], [t('meetings.list.title'), ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>{t('meetings.list.intro')}</p>
      <p>
        <a class="button" href={ctx.href(`/centres/${c.id}/meetings/new`)}>
          {t('meetings.list.new')}
        </a>
      </p>
      {data.meetings.length === 0 ? (
        <p>{t('meetings.list.none')}</p>
      ) : (
        <ul class="meeting-list">
          {data.meetings.map((m) => (
            <li>
              <h2>
                <a href={ctx.href(`/meetings/${m.id}`)}>{m.title}</a>
              </h2>
              <p>
                {when(ctx, m)}
                {m.record ? ` · ${t('meetings.list.recorded')}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="meetings-follow-up">
        <h2 id="meetings-follow-up">{t('meetings.followUp.awaiting')}</h2>
        <AwaitingList ctx={ctx} awaiting={data.awaitingFollowUp} />
      </section>
      <p>
        <a href={ctx.href(`/centres/${c.id}/report`)}>{t('meetings.list.report')}</a>
      </p>
    </Layout>
  );
}

/** /my/meetings: the meetings the user's organisations are invited to. */
export function MyMeetingsPage({ ctx, meetings }: { ctx: PageContext; meetings: MeetingRow[] }) {
  const { t } = ctx;
  const title = t('meetings.my.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('meetings.my.intro')}</p>
      {meetings.length === 0 ? (
        <p>{t('meetings.list.none')}</p>
      ) : (
        <ul class="meeting-list">
          {meetings.map((m) => (
            <li>
              <h2>
                <a href={ctx.href(`/meetings/${m.id}`)}>{m.title}</a>
              </h2>
              <p>
                {when(ctx, m)} · {pick(ctx.lang, m.centreFi, m.centreSv)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The new meeting's form: time, place or link, agenda, organisations from the directory, staff addresses. */
export function MeetingFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: MeetingFormData; form: FormState }) {
  const { t } = ctx;
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const c = data.centre;
  const title = t('meetings.form.title');
  const organizations = data.organizations.map((o) => ({ value: o.id, label: o.municipalityFi ? `${o.nameFi} (${o.municipalityFi})` : o.nameFi }));
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[centreName(ctx, c), `/centres/${c.id}`], [t('meetings.list.title'), `/centres/${c.id}/meetings`], [title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('meetings.form.intro', { municipality: pick(ctx.lang, c.municipalityFi, c.municipalitySv ?? '') })}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ organizations: organizations.length > 0 ? groupAnchor('organizations', organizations) : 'staff' }} />
      <form method="post" action={ctx.href(`/centres/${c.id}/meetings`)} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="title" label={t('meetings.form.name')} value={formValue(v, 'title')} error={e('title')} required />
        <fieldset class="field">
          <legend>{t('meetings.form.time')}</legend>
          <DateTimeField name="date" type="date" label={t('meetings.form.date')} value={formValue(v, 'date')} error={e('date')} />
          <DateTimeField name="time" type="time" label={t('meetings.form.clock')} value={formValue(v, 'time')} error={e('time')} />
          <TextInput ctx={ctx} name="duration" label={t('meetings.form.duration')} hint={t('meetings.form.durationHint')} value={formValue(v, 'duration') || '120'} error={e('duration')} inputmode="numeric" />
        </fieldset>
        <TextInput ctx={ctx} name="place" label={t('meetings.form.place')} hint={t('meetings.form.placeHint')} value={formValue(v, 'place')} error={e('place')} />
        <TextInput ctx={ctx} name="onlineUrl" type="url" label={t('meetings.form.onlineUrl')} hint={t('meetings.form.onlineUrlHint')} value={formValue(v, 'onlineUrl')} error={e('onlineUrl')} />
        <TextArea ctx={ctx} name="agenda" label={t('meetings.form.agenda')} hint={t('meetings.form.agendaHint')} value={formValue(v, 'agenda')} error={e('agenda')} rows={6} />
        {organizations.length > 0 ? (
          <ChoiceGroup ctx={ctx} name="organizations" legend={t('meetings.form.organizations')} hint={t('meetings.form.organizationsHint')} options={organizations} selected={formValueList(v, 'organizations')} error={e('organizations')} columns />
        ) : (
          <p>{t('meetings.form.noOrganizations')}</p>
        )}
        <TextArea ctx={ctx} name="staff" label={t('meetings.form.staff')} hint={t('meetings.form.staffHint')} value={formValue(v, 'staff')} error={e('staff')} rows={4} />
        <button type="submit" class="button">
          {t('meetings.form.create')}
        </button>
      </form>
    </Layout>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return value ? (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  ) : null;
}

function MeetingFacts({ ctx, m }: { ctx: PageContext; m: MeetingRow }) {
  const { t } = ctx;
  return (
    <>
      <dl class="facts">
        <Fact label={t('meetings.page.when')} value={when(ctx, m)} />
        <Fact label={t('meetings.page.where')} value={m.place} />
        {m.onlineUrl ? (
          <>
            <dt>{t('meetings.page.online')}</dt>
            <dd>
              <a href={m.onlineUrl} rel="noopener noreferrer">
                {m.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        <Fact label={t('meetings.page.centre')} value={pick(ctx.lang, m.centreFi, m.centreSv)} />
        <Fact label={t('meetings.page.municipality')} value={pick(ctx.lang, m.municipalityFi, m.municipalitySv ?? '')} />
      </dl>
      {m.agenda.length > 0 ? (
        <section aria-labelledby="meeting-agenda">
          <h2 id="meeting-agenda">{t('meetings.page.agenda')}</h2>
          <ol>
            {m.agenda.map((a) => (
              <li>{a}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** The record's text, for everybody who may read it. */
export function RecordView({ ctx, m, present, headingLevel = 2 }: { ctx: PageContext; m: MeetingRow; present: string[]; headingLevel?: 1 | 2 }) {
  const { t, lang } = ctx;
  const H = headingLevel === 1 ? 'h1' : 'h2';
  const S = headingLevel === 1 ? 'h2' : 'h3';
  if (!m.record) return <p>{t('meetings.record.none')}</p>;
  const r = m.record;
  return (
    <div class="meeting-record">
      {headingLevel === 2 ? <H id="meeting-record">{t('meetings.record.title')}</H> : null}
      <dl class="facts">
        <dt>{t('meetings.record.present')}</dt>
        <dd>{present.length > 0 ? present.join(', ') : t('meetings.record.nobodyPresent')}</dd>
        <dt>{t('meetings.record.people')}</dt>
        <dd>{r.people === null ? t('meetings.record.nobodyPresent') : formatNumber(r.people, lang)}</dd>
      </dl>
      {(['supportNeeds', 'services', 'cooperation', 'development'] as const).map((k) =>
        r[k] ? (
          <>
            <S>{t(`meetings.record.${k}`)}</S>
            {r[k].split(/\r?\n\r?\n/).map((p) => (
              <p class="preserve-lines">{p}</p>
            ))}
          </>
        ) : null,
      )}
      {m.recordWrittenAt ? <p class="hint">{t('meetings.record.written', { date: formatDay(m.recordWrittenAt, lang) })}</p> : null}
    </div>
  );
}

function Registrations({ ctx, invitees }: { ctx: PageContext; invitees: InviteeRow[] }) {
  const { t, lang } = ctx;
  const coming = invitees.filter((i) => i.response === 'coming');
  const people = coming.reduce((n, i) => n + (i.people ?? 0), 0);
  return (
    <section aria-labelledby="meeting-registrations">
      <h2 id="meeting-registrations">{t('meetings.page.registrations')}</h2>
      <p>
        {t('meetings.page.summary', {
          people: formatNumber(people, lang),
          coming: formatNumber(coming.length, lang),
          declined: formatNumber(invitees.filter((i) => i.response === 'declined').length, lang),
          pending: formatNumber(invitees.filter((i) => i.response === 'pending').length, lang),
        })}
      </p>
      <table class="registrations">
        <caption class="visually-hidden">{t('meetings.page.registrations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.page.invitee')}</th>
            <th scope="col">{t('meetings.page.answer')}</th>
            <th scope="col">{t('meetings.page.people')}</th>
            <th scope="col">{t('meetings.page.names')}</th>
            <th scope="col">{t('meetings.page.needs')}</th>
          </tr>
        </thead>
        <tbody>
          {invitees.map((i) => (
            <tr>
              <th scope="row">{i.organizationFi ?? `${t('meetings.page.staffMember')}: ${i.email}`}</th>
              <td>{t(`meetings.response.${i.response}`)}</td>
              <td>{i.people === null ? '' : formatNumber(i.people, lang)}</td>
              <td>{i.names}</td>
              <td>{i.needs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ResponseFields({ ctx, form, staff }: { ctx: PageContext; form: FormState; staff: boolean }) {
  const { t } = ctx;
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const responses = [
    { value: 'coming', label: t(staff ? 'meetings.page.responseComingStaff' : 'meetings.page.responseComing') },
    { value: 'declined', label: t(staff ? 'meetings.page.responseDeclinedStaff' : 'meetings.page.responseDeclined') },
  ];
  return (
    <>
      <ChoiceGroup ctx={ctx} type="radio" name="response" legend={t('meetings.page.response')} options={responses} selected={formValueList(v, 'response')} error={e('response')} required />
      {staff ? null : (
        <>
          <TextInput ctx={ctx} name="people" label={t('meetings.page.peopleLabel')} value={formValue(v, 'people')} error={e('people')} inputmode="numeric" />
          <TextArea ctx={ctx} name="names" label={t('meetings.page.namesLabel')} hint={t('meetings.page.namesHint')} value={formValue(v, 'names')} error={e('names')} rows={2} />
        </>
      )}
      <TextArea ctx={ctx} name="needs" label={t('meetings.page.needsLabel')} hint={t('meetings.page.needsHint')} value={formValue(v, 'needs')} error={e('needs')} rows={2} />
    </>
  );
}

/** /meetings/{id}: for organisers (registrations, record) and the invited organisations (their answer, the record). */
export function MeetingPageView({ ctx, csrf, page, form, notice }: { ctx: PageContext; csrf: string; page: MeetingPage; form: FormState; notice?: string }) {
  const { t } = ctx;
  const m = page.meeting;
  const organiser = page.role === 'organiser';
  const present = page.presentNames;
  const own = page.invitees.filter((i) => i.organizationId);
  // What was answered is the form's starting point (an error shows the typed values instead).
  const answered = own.length === 1 && own[0]!.response !== 'pending' ? own[0]! : null;
  const start: FormState =
    Object.keys(form.errors).length > 0 || !answered ? form : { ...form, values: { response: answered.response, people: answered.people === null ? '' : String(answered.people), names: answered.names, needs: answered.needs } };
  return (
    <Layout
      ctx={ctx}
      title={formTitle(ctx, m.title, form.errors)}
      breadcrumbs={organiser ? [[pick(ctx.lang, m.centreFi, m.centreSv), `/centres/${m.centreId}`], [t('meetings.list.title'), `/centres/${m.centreId}/meetings`], [m.title, ctx.path]] : [[t('meetings.my.title'), '/my/meetings'], [m.title, ctx.path]]}
    >
      <h1>{m.title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ response: 'response-coming' }} />
      <MeetingFacts ctx={ctx} m={m} />
      <p>
        <a href={ctx.href(`/meetings/${m.id}/calendar.ics`)}>{t('meetings.page.ics')}</a>
      </p>
      {organiser ? <Registrations ctx={ctx} invitees={page.invitees} /> : null}
      {!organiser ? (
        <section aria-labelledby="meeting-register">
          <h2 id="meeting-register">{t('meetings.page.register')}</h2>
          {own.map((i) => (
            <p>
              {i.organizationFi}: {t('meetings.page.yourAnswer', { answer: t(`meetings.response.${i.response}`) })}
            </p>
          ))}
          {page.started ? (
            <p>{t('meetings.page.started')}</p>
          ) : (
            <form method="post" action={ctx.href(`/meetings/${m.id}/registration`)} novalidate>
              <CsrfField token={csrf} />
              {own.length > 1 ? (
                <SelectField
                  ctx={ctx}
                  name="organization"
                  label={t('meetings.page.organization')}
                  value={formValue(form.values, 'organization')}
                  options={own.map((i) => ({ value: i.organizationId!, label: i.organizationFi ?? '' }))}
                  error={fieldError(ctx, form.errors, 'organization')}
                  required
                />
              ) : (
                <input type="hidden" name="organization" value={own[0]?.organizationId ?? ''} />
              )}
              <ResponseFields ctx={ctx} form={start} staff={false} />
              <button type="submit" class="button">
                {t('meetings.page.send')}
              </button>
            </form>
          )}
        </section>
      ) : null}
      <section aria-labelledby="meeting-record">
        {m.record ? <RecordView ctx={ctx} m={m} present={present} /> : <h2 id="meeting-record">{t('meetings.record.title')}</h2>}
        {m.record ? null : <p>{organiser && !page.started ? t('meetings.record.notYet') : t('meetings.record.none')}</p>}
        <p>
          {m.record ? <a href={ctx.href(`/meetings/${m.id}/record`)}>{t('meetings.record.print')}</a> : null}
          {m.record && organiser && page.started ? ' · ' : null}
          {organiser && page.started ? <a href={ctx.href(`/meetings/${m.id}/record/edit`)}>{t(m.record ? 'meetings.record.edit' : 'meetings.record.write')}</a> : null}
        </p>
      </section>
    </Layout>
  );
}

/** /meetings/{id}/record: the record alone, to read and print. */
export function RecordPage({ ctx, page }: { ctx: PageContext; page: MeetingPage }) {
  const { t } = ctx;
  const m = page.meeting;
  const title = t('meetings.record.editTitle', { title: m.title });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[m.title, `/meetings/${m.id}`], [t('meetings.record.title'), ctx.path]]}>
      <h1>{title}</h1>
      <MeetingFacts ctx={ctx} m={m} />
      <RecordView ctx={ctx} m={m} present={page.presentNames} />
    </Layout>
  );
}

/** /meetings/{id}/record/edit: the organiser writes the record after the meeting. */
export function RecordFormPage({ ctx, csrf, page, form }: { ctx: PageContext; csrf: string; page: MeetingPage; form: FormState }) {
  const { t } = ctx;
  const m = page.meeting;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const organisations = page.invitees.filter((i) => i.organizationId).map((i) => ({ value: i.organizationId!, label: i.organizationFi ?? '' }));
  const fromRecord = m.record && Object.keys(form.values).length === 0;
  const v = fromRecord
    ? {
        people: m.record!.people === null ? '' : String(m.record!.people),
        present: page.invitees.filter((i) => i.present && i.organizationId).map((i) => i.organizationId!),
        supportNeeds: m.record!.supportNeeds,
        services: m.record!.services,
        cooperation: m.record!.cooperation,
        development: m.record!.development,
      }
    : Object.keys(form.values).length === 0
      ? { present: page.invitees.filter((i) => i.response === 'coming' && i.organizationId).map((i) => i.organizationId!) }
      : form.values;
  const title = t('meetings.record.editTitle', { title: m.title });
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[m.title, `/meetings/${m.id}`], [t('meetings.record.title'), ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('meetings.record.intro')}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ present: groupAnchor('present', organisations) }} />
      <form method="post" action={ctx.href(`/meetings/${m.id}/record`)} novalidate>
        <CsrfField token={csrf} />
        {organisations.length > 0 ? <ChoiceGroup ctx={ctx} name="present" legend={t('meetings.record.present')} options={organisations} selected={formValueList(v, 'present')} error={e('present')} /> : null}
        <TextInput ctx={ctx} name="people" label={t('meetings.record.people')} value={formValue(v, 'people')} error={e('people')} inputmode="numeric" />
        <TextArea ctx={ctx} name="supportNeeds" label={t('meetings.record.supportNeeds')} value={formValue(v, 'supportNeeds')} error={e('supportNeeds')} rows={4} />
        <TextArea ctx={ctx} name="services" label={t('meetings.record.services')} value={formValue(v, 'services')} error={e('services')} rows={4} />
        <TextArea ctx={ctx} name="cooperation" label={t('meetings.record.cooperation')} value={formValue(v, 'cooperation')} error={e('cooperation')} rows={4} />
        <TextArea ctx={ctx} name="development" label={t('meetings.record.development')} value={formValue(v, 'development')} error={e('development')} rows={4} />
        <button type="submit" class="button">
          {t('meetings.record.save')}
        </button>
      </form>
    </Layout>
  );
}

/** /meeting-invitations/{token}: a member of staff's own invitation: the meeting, their answer, the record. */
export function StaffInvitationPage({ ctx, csrf, invitation, form, notice }: { ctx: PageContext; csrf: string; invitation: StaffInvitation; form: FormState; notice?: string }) {
  const { t } = ctx;
  const m = invitation.meeting;
  const i = invitation.invitee;
  const start: FormState = Object.keys(form.errors).length > 0 || i.response === 'pending' ? form : { ...form, values: { response: i.response, needs: i.needs } };
  return (
    <Layout ctx={ctx} title={formTitle(ctx, m.title, form.errors)}>
      <h1>{m.title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ response: 'response-coming' }} />
      <p>{t('meetings.page.staffIntro')}</p>
      <MeetingFacts ctx={ctx} m={m} />
      <section aria-labelledby="meeting-register">
        <h2 id="meeting-register">{t('meetings.page.register')}</h2>
        <p>{t('meetings.page.yourAnswer', { answer: t(`meetings.response.${i.response}`) })}</p>
        {invitation.started ? (
          <p>{t('meetings.page.started')}</p>
        ) : (
          <form method="post" action={ctx.path} novalidate>
            <CsrfField token={csrf} />
            <ResponseFields ctx={ctx} form={start} staff />
            <button type="submit" class="button">
              {t('meetings.page.send')}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="meeting-record">
        {m.record ? <RecordView ctx={ctx} m={m} present={invitation.presentNames} /> : <h2 id="meeting-record">{t('meetings.record.title')}</h2>}
        {m.record ? null : <p>{t('meetings.record.none')}</p>}
      </section>
    </Layout>
  );
}

/** /agreements/{id}/follow-up: whether it happened, attendance and an assessment, by a liaison of the centre. */
export function FollowUpFormPage({ ctx, csrf, page, form, notice }: { ctx: PageContext; csrf: string; page: FollowUpPage; form: FormState; notice?: string }) {
  const { t, lang } = ctx;
  const a = page.agreement;
  const f = page.followUp;
  const v =
    Object.keys(form.values).length === 0 && f
      ? { outcome: f.outcome, attendance: f.attendance === null ? '' : String(f.attendance), rating: f.rating === null ? '' : String(f.rating), comment: f.comment }
      : form.values;
  const e = (x: string) => fieldError(ctx, form.errors, x);
  const outcomes = FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcome.${o}`) }));
  const title = `${t('meetings.followUp.title')}: ${a.title}`;
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('centres.desk.title'), `/centres/${a.centreId}/desk`], [a.title, `/agreements/${a.id}`], [t('meetings.followUp.title'), ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>
        {t(`centres.agreementKind.${a.kind}`)} · {a.organizationFi} · {formatRange(a.startsAt, new Date(a.startsAt.getTime() + a.durationMinutes * 60_000), lang, t('centres.page.at'))}
      </p>
      {f ? <p>{t('meetings.followUp.recorded', { date: formatDay(f.at, lang), outcome: t(`meetings.outcome.${f.outcome}`) })}</p> : null}
      {!page.due ? (
        <p>{t('meetings.followUp.notDue')}</p>
      ) : (
        <>
          <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ outcome: groupAnchor('outcome', outcomes) }} />
          <form method="post" action={ctx.href(`/agreements/${a.id}/follow-up`)} novalidate>
            <CsrfField token={csrf} />
            <ChoiceGroup ctx={ctx} type="radio" name="outcome" legend={t('meetings.followUp.outcome')} options={outcomes} selected={formValueList(v, 'outcome')} error={e('outcome')} required />
            <TextInput ctx={ctx} name="attendance" label={t('meetings.followUp.attendance')} hint={t('meetings.followUp.attendanceHint')} value={formValue(v, 'attendance')} error={e('attendance')} inputmode="numeric" />
            <SelectField
              ctx={ctx}
              name="rating"
              label={t('meetings.followUp.rating')}
              hint={t('meetings.followUp.ratingHint')}
              value={formValue(v, 'rating')}
              placeholder={t('meetings.followUp.noRating')}
              options={RATINGS.map((r) => ({ value: r, label: r }))}
              error={e('rating')}
            />
            <TextArea ctx={ctx} name="comment" label={t('meetings.followUp.comment')} hint={t('meetings.followUp.commentHint')} value={formValue(v, 'comment')} error={e('comment')} rows={3} />
            <button type="submit" class="button">
              {t('meetings.followUp.save')}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
