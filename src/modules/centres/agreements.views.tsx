import { formValue, formValueList, type FormState } from '../../platform/http/form.js';
import { pick } from '../../platform/i18n/i18n.js';
import { Checkbox, ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { formatRange } from '../events/helsinki-time.js';
import type { AgreementRow } from './agreements.repo.js';
import { ACCESSES, AGREEMENT_KINDS, AGREEMENT_REPEATS, ATTENDANCES } from './centres.schema.js';
import { centreName, Notice } from './centres.views.js';
import type { AgreementPage } from './get-agreement.js';
import type { CentreRow } from './centres.repo.js';
import type { MaintainedOrganization } from './materials.repo.js';

function when(ctx: PageContext, a: Pick<AgreementRow, 'startsAt' | 'durationMinutes' | 'rrule'>): string {
  const range = formatRange(a.startsAt, new Date(a.startsAt.getTime() + a.durationMinutes * 60_000), ctx.lang, ctx.t('centres.page.at'));
  return a.rrule ? `${range} (${ctx.t('centres.page.recurring')})` : range;
}

function DateTimeField({ ctx, name, type, label, value, error }: { ctx: PageContext; name: string; type: 'date' | 'time'; label: string; value: string; error?: string }) {
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

/**
 * The fields of an agreement after its sides (kind, title, time, way, practicalities, programme, target group, contact,
 * consent, public, message): shared by an organisation's proposal and a centre's request (whose contact is the centre's).
 */
export function AgreementFields({ ctx, form, contactLegend }: { ctx: PageContext; form: FormState; contactLegend?: string }) {
  const { t } = ctx;
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const kinds = AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`centres.agreementKind.${k}`) }));
  const attendances = ATTENDANCES.map((k) => ({ value: k, label: t(`centres.attendance.${k}`) }));
  const accesses = ACCESSES.map((k) => ({ value: k, label: t(`centres.access.${k}`) }));
  return (
    <>
      <ChoiceGroup ctx={ctx} type="radio" name="kind" legend={t('centres.agreement.kind')} options={kinds} selected={formValueList(v, 'kind')} error={e('kind')} required />
      <TextInput ctx={ctx} name="title" label={t('centres.agreement.title')} value={formValue(v, 'title')} error={e('title')} required />
      <fieldset class="field">
        <legend>{t('centres.agreement.time')}</legend>
        <DateTimeField ctx={ctx} name="date" type="date" label={t('centres.agreement.date')} value={formValue(v, 'date')} error={e('date')} />
        <DateTimeField ctx={ctx} name="time" type="time" label={t('centres.agreement.clock')} value={formValue(v, 'time')} error={e('time')} />
        <TextInput ctx={ctx} name="duration" label={t('centres.agreement.duration')} hint={t('centres.agreement.durationHint')} value={formValue(v, 'duration')} error={e('duration')} inputmode="numeric" />
        <SelectField ctx={ctx} name="repeat" label={t('centres.agreement.repeat')} value={formValue(v, 'repeat') || 'none'} options={AGREEMENT_REPEATS.map((r) => ({ value: r, label: t(`centres.repeat.${r}`) }))} error={e('repeat')} />
        <DateTimeField ctx={ctx} name="repeatUntil" type="date" label={t('centres.agreement.repeatUntil')} value={formValue(v, 'repeatUntil')} error={e('repeatUntil')} />
      </fieldset>
      <ChoiceGroup ctx={ctx} type="radio" name="attendance" legend={t('centres.agreement.attendance')} options={attendances} selected={formValueList(v, 'attendance')} error={e('attendance')} required />
      <ChoiceGroup ctx={ctx} type="radio" name="access" legend={t('centres.agreement.access')} options={accesses} selected={formValueList(v, 'access')} error={e('access')} required />
      <TextArea ctx={ctx} name="bookingInfo" label={t('centres.agreement.bookingInfo')} hint={t('centres.agreement.bookingInfoHint')} value={formValue(v, 'bookingInfo')} error={e('bookingInfo')} rows={2} />
      <fieldset class="field">
        <legend>{t('centres.agreement.practicalities')}</legend>
        <TextInput ctx={ctx} name="room" label={t('centres.agreement.room')} value={formValue(v, 'room')} error={e('room')} />
        <TextInput ctx={ctx} name="catering" label={t('centres.agreement.catering')} value={formValue(v, 'catering')} error={e('catering')} />
        <TextInput ctx={ctx} name="keysBadges" label={t('centres.agreement.keysBadges')} value={formValue(v, 'keysBadges')} error={e('keysBadges')} />
        <TextInput ctx={ctx} name="materials" label={t('centres.agreement.materials')} value={formValue(v, 'materials')} error={e('materials')} />
      </fieldset>
      <TextArea ctx={ctx} name="programme" label={t('centres.agreement.programme')} hint={t('centres.agreement.programmeHint')} value={formValue(v, 'programme')} error={e('programme')} rows={3} />
      <TextInput ctx={ctx} name="targetGroup" label={t('centres.agreement.targetGroup')} value={formValue(v, 'targetGroup')} error={e('targetGroup')} />
      <fieldset class="field">
        <legend>{contactLegend ?? t('centres.agreement.contact')}</legend>
        <TextInput ctx={ctx} name="contactName" label={t('centres.agreement.contactName')} value={formValue(v, 'contactName')} error={e('contactName')} autocomplete="name" required />
        <TextInput ctx={ctx} name="contactEmail" type="email" label={t('centres.agreement.contactEmail')} value={formValue(v, 'contactEmail')} error={e('contactEmail')} autocomplete="email" required />
        <TextInput ctx={ctx} name="contactPhone" type="tel" label={t('centres.agreement.contactPhone')} value={formValue(v, 'contactPhone')} error={e('contactPhone')} autocomplete="tel" />
      </fieldset>
      <div class={form.errors.clientConsent ? 'field-invalid' : undefined}>
        {form.errors.clientConsent ? (
          <p id="clientConsent-error" class="field-error">
            {e('clientConsent')}
          </p>
        ) : null}
        <Checkbox name="clientConsent" label={t('centres.agreement.clientConsent')} hint={t('centres.agreement.clientConsentHint')} checked={formValue(v, 'clientConsent') === 'yes'} />
      </div>
      <Checkbox name="public" label={t('centres.agreement.public')} hint={t('centres.agreement.publicHint')} checked={formValue(v, 'public') === 'yes'} />
      <TextArea ctx={ctx} name="message" label={t('centres.agreement.message')} value={formValue(v, 'message')} error={e('message')} rows={3} />
    </>
  );
}

/** The error summary's anchors of the agreement fields' radio groups. */
export function agreementAnchors(ctx: PageContext): Record<string, string> {
  const { t } = ctx;
  return {
    kind: groupAnchor('kind', AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`centres.agreementKind.${k}`) }))),
    attendance: groupAnchor('attendance', ATTENDANCES.map((k) => ({ value: k, label: t(`centres.attendance.${k}`) }))),
    access: groupAnchor('access', ACCESSES.map((k) => ({ value: k, label: t(`centres.access.${k}`) }))),
  };
}

/** The proposal form: seed 003's checklist as structured fields (time, way, practicalities, programme, contact). */
export function AgreementFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: { organizations: MaintainedOrganization[]; centres: CentreRow[] }; form: FormState }) {
  const { t } = ctx;
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const title = t('centres.agreement.newTitle');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('centres.agreement.myTitle'), '/my/agreements'], [title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('centres.agreement.intro')}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={agreementAnchors(ctx)} />
      <form method="post" action={ctx.href('/my/agreements')} novalidate>
        <CsrfField token={csrf} />
        <SelectField
          ctx={ctx}
          name="organization"
          label={t('centres.material.organization')}
          value={formValue(v, 'organization') || (data.organizations.length === 1 ? data.organizations[0]!.id : '')}
          placeholder={data.organizations.length > 1 ? t('centres.material.chooseOrganization') : undefined}
          options={data.organizations.map((o) => ({ value: o.id, label: o.nameFi }))}
          error={e('organization')}
          required
        />
        <SelectField ctx={ctx} name="centre" label={t('centres.agreement.centre')} value={formValue(v, 'centre')} placeholder={t('centres.agreement.chooseCentre')} options={data.centres.map((c) => ({ value: c.id, label: centreName(ctx, c) }))} error={e('centre')} required />
        <AgreementFields ctx={ctx} form={form} />
        <button type="submit" class="button">
          {t('centres.agreement.send')}
        </button>
      </form>
    </Layout>
  );
}

export function AgreementList({ ctx, agreements, headingLevel = 2 }: { ctx: PageContext; agreements: AgreementRow[]; headingLevel?: 2 | 3 }) {
  const { t } = ctx;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (agreements.length === 0) return <p>{t('centres.agreement.none')}</p>;
  return (
    <ul class="agreement-list">
      {agreements.map((a) => (
        <li>
          <H>
            <a href={ctx.href(`/agreements/${a.id}`)}>{a.title}</a>
          </H>
          <p>
            {t(`centres.agreementKind.${a.kind}`)} · {pick(ctx.lang, a.centreFi, a.centreSv)} · {a.organizationFi} · {when(ctx, a)} · <strong>{t(`centres.agreementStatus.${a.status}`)}</strong>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function MyAgreementsPage({ ctx, canPropose, agreements, notice }: { ctx: PageContext; canPropose: boolean; agreements: AgreementRow[]; notice?: string }) {
  const { t } = ctx;
  const title = t('centres.agreement.myTitle');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      {canPropose ? (
        <p>
          <a class="button" href={ctx.href('/my/agreements/new')}>
            {t('centres.agreement.newTitle')}
          </a>
        </p>
      ) : null}
      <AgreementList ctx={ctx} agreements={agreements} />
      <p>
        <a href={ctx.href('/my/meetings')}>{t('meetings.my.title')}</a>
      </p>
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

/** One agreement for its sides: every field, the steps so far, the answer form when it is this side's turn, the .ics when agreed. */
export function AgreementPageView({ ctx, csrf, page, form, notice }: { ctx: PageContext; csrf: string; page: AgreementPage; form: FormState; notice?: string }) {
  const { t } = ctx;
  const a = page.agreement;
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const actions = (['accept', 'counter', 'decline'] as const).map((x) => ({ value: x, label: t(`centres.answer.${x}`) }));
  return (
    <Layout ctx={ctx} title={formTitle(ctx, a.title, form.errors)} breadcrumbs={[[t(page.side === 'ngo' ? 'centres.agreement.myTitle' : 'centres.desk.title'), page.side === 'ngo' ? '/my/agreements' : `/centres/${a.centreId}/desk`], [a.title, ctx.path]]}>
      <h1>{a.title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ action: groupAnchor('action', actions) }} />
      <p class="lead">
        {t(`centres.agreementStatus.${a.status}`)}
        {a.awaiting ? ` – ${t(a.awaiting === page.side ? 'centres.agreement.yourTurn' : 'centres.agreement.theirTurn')}` : null}
      </p>
      <dl class="facts">
        <Fact label={t('centres.agreement.kind')} value={t(`centres.agreementKind.${a.kind}`)} />
        <Fact label={t('centres.agreement.centre')} value={pick(ctx.lang, a.centreFi, a.centreSv)} />
        <Fact label={t('centres.material.organization')} value={a.organizationFi} />
        <Fact label={t('centres.material.activity')} value={a.activityFi ?? ''} />
        <Fact label={t('centreBulletins.request.initiatedBy')} value={t(`centreBulletins.request.initiated.${a.initiatedBy}`)} />
        <Fact label={t('centres.agreement.time')} value={when(ctx, a)} />
        <Fact label={t('centres.agreement.attendance')} value={t(`centres.attendance.${a.attendance}`)} />
        <Fact label={t('centres.agreement.access')} value={t(`centres.access.${a.access}`)} />
        <Fact label={t('centres.agreement.bookingInfo')} value={a.bookingInfo} />
        <Fact label={t('centres.agreement.room')} value={a.room} />
        <Fact label={t('centres.agreement.catering')} value={a.catering} />
        <Fact label={t('centres.agreement.keysBadges')} value={a.keysBadges} />
        <Fact label={t('centres.agreement.materials')} value={a.materials} />
        <Fact label={t('centres.agreement.programme')} value={a.programme} />
        <Fact label={t('centres.agreement.targetGroup')} value={a.targetGroup} />
        <Fact label={t('centres.agreement.contact')} value={[a.contactName, a.contactEmail, a.contactPhone].filter(Boolean).join(', ')} />
        <Fact label={t('centres.agreement.public')} value={a.public ? t('centres.agreement.yes') : t('centres.agreement.no')} />
      </dl>
      {a.status === 'accepted' ? (
        <p>
          <a href={ctx.href(`/agreements/${a.id}/calendar.ics`)}>{t('centres.agreement.ics')}</a>
          {a.eventId ? (
            <>
              {' · '}
              <a href={ctx.href(`/events/${a.eventId}`)}>{t('centres.agreement.event')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {page.side === 'centre' && a.status === 'accepted' ? (
        <p>
          <a href={ctx.href(`/agreements/${a.id}/follow-up`)}>{t('meetings.followUp.link')}</a>
        </p>
      ) : null}
      <section aria-labelledby="agreement-steps">
        <h2 id="agreement-steps">{t('centres.agreement.steps')}</h2>
        <ol>
          {page.steps.map((s) => (
            <li>
              {t(`centres.step.${s.side}.${s.action}`)}: {when(ctx, { startsAt: s.startsAt, durationMinutes: a.durationMinutes, rrule: null })}
              {s.message ? ` – ${t('centres.material.message')} ${s.message}` : null}
            </li>
          ))}
        </ol>
      </section>
      {page.canAnswer ? (
        <section aria-labelledby="agreement-answer">
          <h2 id="agreement-answer">{t('centres.agreement.answer')}</h2>
          <form method="post" action={ctx.href(`/agreements/${a.id}/answer`)} novalidate>
            <CsrfField token={csrf} />
            <ChoiceGroup ctx={ctx} type="radio" name="action" legend={t('centres.agreement.answerLegend')} options={actions} selected={formValueList(v, 'action')} error={e('action')} required />
            <fieldset class="field">
              <legend>{t('centres.agreement.otherTime')}</legend>
              <DateTimeField ctx={ctx} name="date" type="date" label={t('centres.agreement.date')} value={formValue(v, 'date')} error={e('date')} />
              <DateTimeField ctx={ctx} name="time" type="time" label={t('centres.agreement.clock')} value={formValue(v, 'time')} error={e('time')} />
              <TextInput ctx={ctx} name="duration" label={t('centres.agreement.duration')} hint={t('centres.agreement.durationHint')} value={formValue(v, 'duration')} error={e('duration')} inputmode="numeric" />
            </fieldset>
            <TextArea ctx={ctx} name="message" label={t('centres.agreement.message')} hint={t('centres.agreement.answerMessageHint')} value={formValue(v, 'message')} error={e('message')} rows={3} />
            <button type="submit" class="button">
              {t('centres.agreement.sendAnswer')}
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
