import { formValue, formValueList, type FormState } from '../../platform/http/form.js';
import { formatDate, pick } from '../../platform/i18n/i18n.js';
import { ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { dateInput } from '../events/helsinki-time.js';
import { LinkifiedText } from '../peer-help/linkify.js';
import { AgreementFields, agreementAnchors } from './agreements.views.js';
import { BULLETIN_LANGS, BULLETIN_TOPICS } from './bulletins.schema.js';
import type { CentreBulletinRow, StaffGroupRow } from './bulletins.repo.js';
import { centreName, Notice } from './centres.views.js';
import type { CentreRow } from './centres.repo.js';
import type { BulletinFormData } from './get-bulletin-form.js';
import type { CentreBulletinPage } from './get-centre-bulletin.js';
import type { RequestFormData } from './get-request-form.js';
import type { MyBulletin } from './list-my-bulletins.js';
import type { ScreenRow } from './screens.repo.js';

/** Pages of bulletins to staff, staff groups, info screens and a centre's requests (issue 14, items 3–5). */

const topicOptions = (ctx: PageContext) => BULLETIN_TOPICS.map((k) => ({ value: k, label: ctx.t(`centreBulletins.topic.${k}`) }));
const topicNames = (ctx: PageContext, topics: string[]) => topics.map((k) => ctx.t(`centreBulletins.topic.${k as (typeof BULLETIN_TOPICS)[number]}`)).join(', ');
const deskCrumbs = (ctx: PageContext, c: CentreRow): [string, string][] => [
  [ctx.t('centres.desk.title'), '/my/centres'],
  [centreName(ctx, c), `/centres/${c.id}/desk`],
];

/** The bulletin's text: plain text, paragraphs and line breaks kept, web addresses made clickable safely. */
export function BulletinText({ text }: { text: string }) {
  return (
    <div class="bulletin-text">
      {text.split(/\n\s*\n/).map((p) => (
        <p class="message-text">
          <LinkifiedText text={p.trim()} />
        </p>
      ))}
    </div>
  );
}

/** The maintainer's bulletin form: organisation, title, text, topics, activity, language, centres. */
export function BulletinFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: BulletinFormData; form: FormState }) {
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const title = ctx.t('centreBulletins.send.title');
  const topics = topicOptions(ctx);
  const centres = data.centres.map((c) => ({ value: c.id, label: `${centreName(ctx, c)} (${pick(ctx.lang, c.municipalityFi, c.municipalitySv)})` }));
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[ctx.t('centreBulletins.my.title'), '/my/bulletins'], [title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{ctx.t('centreBulletins.send.intro')}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ topics: groupAnchor('topics', topics), centres: groupAnchor('centres', centres) }} />
      <form method="post" action={ctx.href('/my/bulletins')} novalidate>
        <CsrfField token={csrf} />
        <SelectField
          ctx={ctx}
          name="organization"
          label={ctx.t('centres.material.organization')}
          value={formValue(v, 'organization') || (data.organizations.length === 1 ? data.organizations[0]!.id : '')}
          placeholder={data.organizations.length > 1 ? ctx.t('centres.material.chooseOrganization') : undefined}
          options={data.organizations.map((o) => ({ value: o.id, label: o.nameFi }))}
          error={e('organization')}
          required
        />
        <TextInput ctx={ctx} name="title" label={ctx.t('centreBulletins.send.bulletinTitle')} value={formValue(v, 'title')} error={e('title')} required />
        <TextArea ctx={ctx} name="body" label={ctx.t('centreBulletins.send.body')} hint={ctx.t('centreBulletins.send.bodyHint')} value={formValue(v, 'body')} error={e('body')} rows={10} required />
        <ChoiceGroup ctx={ctx} name="topics" legend={ctx.t('centreBulletins.send.topics')} hint={ctx.t('centreBulletins.send.topicsHint')} options={topics} selected={formValueList(v, 'topics')} error={e('topics')} required columns />
        <SelectField
          ctx={ctx}
          name="activity"
          label={ctx.t('centres.material.activity')}
          hint={ctx.t('centres.material.activityHint')}
          value={formValue(v, 'activity')}
          placeholder={ctx.t('centres.material.noActivity')}
          options={data.activities.map((a) => ({ value: a.id, label: a.nameFi }))}
          error={e('activity')}
        />
        <SelectField ctx={ctx} name="lang" label={ctx.t('centreBulletins.send.lang')} value={formValue(v, 'lang') || 'fi'} options={BULLETIN_LANGS.map((l) => ({ value: l, label: ctx.t(`centres.materialLang.${l}`) }))} error={e('lang')} required />
        <ChoiceGroup ctx={ctx} name="centres" legend={ctx.t('centreBulletins.send.centres')} hint={ctx.t('centreBulletins.send.centresHint')} options={centres} selected={formValueList(v, 'centres')} error={e('centres')} required />
        <button type="submit" class="button">
          {ctx.t('centreBulletins.send.submit')}
        </button>
      </form>
    </Layout>
  );
}

/** The maintainer's bulletins, each with every centre's state (forwarded to how many staff groups, or returned / archived with a message). */
export function MyBulletinsPage({ ctx, canSend, bulletins, notice }: { ctx: PageContext; canSend: boolean; bulletins: MyBulletin[]; notice?: string }) {
  const title = ctx.t('centreBulletins.my.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>{ctx.t('centreBulletins.my.intro')}</p>
      {canSend ? (
        <p>
          <a class="button" href={ctx.href('/my/bulletins/new')}>
            {ctx.t('centreBulletins.send.title')}
          </a>
        </p>
      ) : (
        <p>{ctx.t('centres.material.notMaintainer')}</p>
      )}
      {bulletins.length === 0 ? (
        <p>{ctx.t('centreBulletins.my.none')}</p>
      ) : (
        <ul class="material-list">
          {bulletins.map((b) => (
            <li>
              <h2>{b.title}</h2>
              <p>
                {b.organizationFi} · {formatDate(dateInput(b.createdAt), ctx.lang)} · {topicNames(ctx, b.topics)}
              </p>
              <ul>
                {b.targets.map((target) => (
                  <li>
                    {pick(ctx.lang, target.centreFi, target.centreSv)}: <strong>{target.status === 'forwarded' ? ctx.t('centreBulletins.status.forwardedTo', { n: target.groups }) : ctx.t(`centreBulletins.status.${target.status}`)}</strong>
                    {target.message ? ` – ${ctx.t('centres.material.message')} ${target.message}` : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function BulletinSummary({ ctx, b }: { ctx: PageContext; b: CentreBulletinRow }) {
  return (
    <p>
      {b.organizationFi}
      {b.activityFi ? ` · ${b.activityFi}` : null} · {formatDate(dateInput(b.createdAt), ctx.lang)} · {ctx.t(`centres.materialLang.${b.lang}`)} · {topicNames(ctx, b.topics)}
    </p>
  );
}

/** The desk's section of bulletins waiting at the centre (links to each), and links to staff groups, screens and requests. */
export function DeskBulletins({ ctx, centreId, bulletins }: { ctx: PageContext; centreId: string; bulletins: CentreBulletinRow[] }) {
  return (
    <section aria-labelledby="desk-bulletins">
      <h2 id="desk-bulletins">{ctx.t('centreBulletins.desk.title')}</h2>
      {bulletins.length === 0 ? (
        <p>{ctx.t('centreBulletins.desk.none')}</p>
      ) : (
        <ul>
          {bulletins.map((b) => (
            <li>
              <a href={ctx.href(`/centres/${centreId}/bulletins/${b.id}`)}>{b.title}</a>
              <BulletinSummary ctx={ctx} b={b} />
            </li>
          ))}
        </ul>
      )}
      <ul>
        <li>
          <a href={ctx.href(`/centres/${centreId}/bulletins`)}>{ctx.t('centreBulletins.list.title')}</a>
        </li>
        <li>
          <a href={ctx.href(`/centres/${centreId}/staff-groups`)}>{ctx.t('centreBulletins.groups.title')}</a>
        </li>
        <li>
          <a href={ctx.href(`/centres/${centreId}/screens`)}>{ctx.t('centreBulletins.screens.title')}</a>
        </li>
        <li>
          <a href={ctx.href(`/centres/${centreId}/requests/new`)}>{ctx.t('centreBulletins.request.title')}</a>
        </li>
      </ul>
    </section>
  );
}

/** All of a centre's bulletins for its liaisons: waiting ones and the latest handled ones. */
export function CentreBulletinsPage({ ctx, centre, pending, handled, notice }: { ctx: PageContext; centre: CentreRow; pending: CentreBulletinRow[]; handled: CentreBulletinRow[]; notice?: string }) {
  const title = ctx.t('centreBulletins.list.titleOf', { name: centreName(ctx, centre) });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[...deskCrumbs(ctx, centre), [ctx.t('centreBulletins.list.title'), ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <h2>{ctx.t('centreBulletins.list.pending')}</h2>
      {pending.length === 0 ? (
        <p>{ctx.t('centreBulletins.desk.none')}</p>
      ) : (
        <ul>
          {pending.map((b) => (
            <li>
              <a href={ctx.href(`/centres/${centre.id}/bulletins/${b.id}`)}>{b.title}</a>
              <BulletinSummary ctx={ctx} b={b} />
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('centreBulletins.list.handled')}</h2>
      {handled.length === 0 ? (
        <p>{ctx.t('centreBulletins.list.handledNone')}</p>
      ) : (
        <ul>
          {handled.map((b) => (
            <li>
              <a href={ctx.href(`/centres/${centre.id}/bulletins/${b.id}`)}>{b.title}</a> – {ctx.t(`centreBulletins.status.${b.status}`)}
              <BulletinSummary ctx={ctx} b={b} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** One bulletin for the centre's liaisons: its text, and (while waiting) forwarding to staff groups or returning / archiving. */
export function CentreBulletinView({ ctx, csrf, page, form, notice }: { ctx: PageContext; csrf: string; page: CentreBulletinPage; form: FormState; notice?: string }) {
  const { centre, bulletin: b } = page;
  const v = form.values;
  const which = formValue(v, 'form');
  const forwardErrors = which === 'forward' ? form.errors : {};
  const decisionErrors = which === 'decision' ? form.errors : {};
  const groupOptions = page.groups.map((g) => ({
    value: g.id,
    label: `${g.name}${g.suggested ? ` (${ctx.t('centreBulletins.bulletin.suggested')})` : ''}: ${topicNames(ctx, g.topics)} – ${ctx.t('centreBulletins.groups.addressCount', { n: g.emails.length })}`,
  }));
  const selected = which === 'forward' ? formValueList(v, 'groups') : page.groups.filter((g) => g.suggested).map((g) => g.id);
  const actions = (['return', 'archive'] as const).map((a) => ({ value: a, label: ctx.t(`centreBulletins.bulletin.${a}`) }));
  return (
    <Layout ctx={ctx} title={formTitle(ctx, b.title, form.errors)} breadcrumbs={[...deskCrumbs(ctx, centre), [ctx.t('centreBulletins.list.title'), `/centres/${centre.id}/bulletins`], [b.title, ctx.path]]}>
      <h1>{b.title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ groups: groupAnchor('groups', groupOptions), action: groupAnchor('action', actions) }} />
      <p class="lead">{ctx.t(`centreBulletins.status.${b.status}`)}</p>
      <BulletinSummary ctx={ctx} b={b} />
      <BulletinText text={b.body} />
      {b.message ? (
        <p>
          {ctx.t('centres.material.message')} {b.message}
        </p>
      ) : null}
      {page.forwards.length > 0 ? (
        <section aria-labelledby="bulletin-forwards">
          <h2 id="bulletin-forwards">{ctx.t('centreBulletins.bulletin.forwardedTo')}</h2>
          <ul>
            {page.forwards.map((f) => (
              <li>
                {f.groupName} – {ctx.t('centreBulletins.groups.addressCount', { n: f.recipients })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {b.status === 'pending' ? (
        <>
          <section aria-labelledby="bulletin-forward">
            <h2 id="bulletin-forward">{ctx.t('centreBulletins.bulletin.forward')}</h2>
            {page.groups.length === 0 ? (
              <p>
                {ctx.t('centreBulletins.bulletin.noGroups')} <a href={ctx.href(`/centres/${centre.id}/staff-groups`)}>{ctx.t('centreBulletins.groups.title')}</a>
              </p>
            ) : (
              <form method="post" action={ctx.href(`/centres/${centre.id}/bulletins/${b.id}/forward`)} novalidate>
                <CsrfField token={csrf} />
                <input type="hidden" name="form" value="forward" />
                <ChoiceGroup ctx={ctx} name="groups" legend={ctx.t('centreBulletins.bulletin.groups')} hint={ctx.t('centreBulletins.bulletin.groupsHint')} options={groupOptions} selected={selected} error={fieldError(ctx, forwardErrors, 'groups')} required />
                <TextArea ctx={ctx} name="note" label={ctx.t('centreBulletins.bulletin.note')} hint={ctx.t('centreBulletins.bulletin.noteHint')} value={which === 'forward' ? formValue(v, 'note') : ''} error={fieldError(ctx, forwardErrors, 'note')} rows={2} />
                <button type="submit" class="button">
                  {ctx.t('centreBulletins.bulletin.forwardSubmit')}
                </button>
              </form>
            )}
          </section>
          <section aria-labelledby="bulletin-decision">
            <h2 id="bulletin-decision">{ctx.t('centreBulletins.bulletin.decision')}</h2>
            <form method="post" action={ctx.href(`/centres/${centre.id}/bulletins/${b.id}/decision`)} novalidate>
              <CsrfField token={csrf} />
              <input type="hidden" name="form" value="decision" />
              <ChoiceGroup ctx={ctx} type="radio" name="action" legend={ctx.t('centreBulletins.bulletin.decisionLegend')} options={actions} selected={which === 'decision' ? formValueList(v, 'action') : []} error={fieldError(ctx, decisionErrors, 'action')} required />
              <TextArea ctx={ctx} name="message" label={ctx.t('centreBulletins.bulletin.message')} hint={ctx.t('centreBulletins.bulletin.messageHint')} value={which === 'decision' ? formValue(v, 'message') : ''} error={fieldError(ctx, decisionErrors, 'message')} rows={3} />
              <button type="submit" class="button button-secondary">
                {ctx.t('centreBulletins.bulletin.decisionSubmit')}
              </button>
            </form>
          </section>
        </>
      ) : null}
    </Layout>
  );
}

function StaffGroupFields({ ctx, form, group }: { ctx: PageContext; form: FormState; group?: StaffGroupRow }) {
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const typed = Object.keys(form.values).length > 0;
  return (
    <>
      <TextInput ctx={ctx} name="name" label={ctx.t('centreBulletins.groups.name')} hint={ctx.t('centreBulletins.groups.nameHint')} value={typed ? formValue(v, 'name') : (group?.name ?? '')} error={e('name')} required />
      <ChoiceGroup ctx={ctx} name="topics" legend={ctx.t('centreBulletins.groups.topics')} options={topicOptions(ctx)} selected={typed ? formValueList(v, 'topics') : (group?.topics ?? [])} error={e('topics')} required columns />
      <TextArea ctx={ctx} name="emails" label={ctx.t('centreBulletins.groups.emails')} hint={ctx.t('centreBulletins.groups.emailsHint')} value={typed ? formValue(v, 'emails') : (group?.emails.join('\n') ?? '')} error={e('emails')} rows={6} required />
    </>
  );
}

/** A centre's staff groups for its liaisons (with their addresses: liaisons only) and a form to add one. */
export function StaffGroupsPage({ ctx, csrf, centre, groups, form, notice }: { ctx: PageContext; csrf: string; centre: CentreRow; groups: StaffGroupRow[]; form: FormState; notice?: string }) {
  const title = ctx.t('centreBulletins.groups.titleOf', { name: centreName(ctx, centre) });
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[...deskCrumbs(ctx, centre), [ctx.t('centreBulletins.groups.title'), ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>{ctx.t('centreBulletins.groups.intro')}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ topics: groupAnchor('topics', topicOptions(ctx)) }} />
      {groups.length === 0 ? (
        <p>{ctx.t('centreBulletins.groups.none')}</p>
      ) : (
        <table class="table">
          <caption>{ctx.t('centreBulletins.groups.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t('centreBulletins.groups.name')}</th>
              <th scope="col">{ctx.t('centreBulletins.groups.topics')}</th>
              <th scope="col">{ctx.t('centreBulletins.groups.emails')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr>
                <th scope="row">
                  <a href={ctx.href(`/centres/${centre.id}/staff-groups/${g.id}`)} aria-label={ctx.t('centreBulletins.groups.editLabel', { name: g.name })}>
                    {g.name}
                  </a>
                </th>
                <td>{topicNames(ctx, g.topics)}</td>
                <td>{g.emails.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{ctx.t('centreBulletins.groups.add')}</h2>
      <form method="post" action={ctx.href(`/centres/${centre.id}/staff-groups`)} novalidate>
        <CsrfField token={csrf} />
        <StaffGroupFields ctx={ctx} form={form} />
        <button type="submit" class="button">
          {ctx.t('centreBulletins.groups.addSubmit')}
        </button>
      </form>
    </Layout>
  );
}

/** One staff group's edit form and its removal. */
export function StaffGroupEditPage({ ctx, csrf, centre, group, form }: { ctx: PageContext; csrf: string; centre: CentreRow; group: StaffGroupRow; form: FormState }) {
  const title = ctx.t('centreBulletins.groups.editTitle', { name: group.name });
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[...deskCrumbs(ctx, centre), [ctx.t('centreBulletins.groups.title'), `/centres/${centre.id}/staff-groups`], [group.name, ctx.path]]}>
      <h1>{title}</h1>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ topics: groupAnchor('topics', topicOptions(ctx)) }} />
      <form method="post" action={ctx.href(`/centres/${centre.id}/staff-groups/${group.id}`)} novalidate>
        <CsrfField token={csrf} />
        <StaffGroupFields ctx={ctx} form={form} group={group} />
        <button type="submit" class="button">
          {ctx.t('centreBulletins.groups.save')}
        </button>
      </form>
      <form method="post" action={ctx.href(`/centres/${centre.id}/staff-groups/${group.id}/remove`)}>
        <CsrfField token={csrf} />
        <button type="submit" class="button button-secondary">
          {ctx.t('centreBulletins.groups.remove')}
        </button>
      </form>
    </Layout>
  );
}

/** A centre's info screens: each with its own kiosk address, made or renewed separately (a new address is shown once). */
export function ScreensPage({ ctx, csrf, centre, screens, form, shown, notice }: { ctx: PageContext; csrf: string; centre: CentreRow; screens: ScreenRow[]; form: FormState; shown?: { screenId: string; url: string }; notice?: string }) {
  const title = ctx.t('centreBulletins.screens.titleOf', { name: centreName(ctx, centre) });
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[...deskCrumbs(ctx, centre), [ctx.t('centreBulletins.screens.title'), ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>{ctx.t('centreBulletins.screens.intro')}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      {screens.length === 0 ? (
        <p>{ctx.t('centreBulletins.screens.none')}</p>
      ) : (
        <ul class="material-list">
          {screens.map((s) => (
            <li>
              <h2>{s.name}</h2>
              <p>{s.hasToken ? ctx.t('centres.kiosk.hasToken') : ctx.t('centres.kiosk.noToken')}</p>
              {shown?.screenId === s.id ? (
                <div class="notice notice-saved" role="status">
                  <p>{ctx.t('centres.kiosk.newUrl')}</p>
                  <p>
                    <a href={shown.url} class="kiosk-url">
                      {shown.url}
                    </a>
                  </p>
                </div>
              ) : null}
              <form method="post" action={ctx.href(`/centres/${centre.id}/screens/${s.id}/token`)} class="inline-form">
                <CsrfField token={csrf} />
                <button type="submit" class="button button-secondary" aria-label={ctx.t('centreBulletins.screens.renewLabel', { name: s.name })}>
                  {s.hasToken ? ctx.t('centres.kiosk.renew') : ctx.t('centres.kiosk.create')}
                </button>
              </form>{' '}
              <form method="post" action={ctx.href(`/centres/${centre.id}/screens/${s.id}/remove`)} class="inline-form">
                <CsrfField token={csrf} />
                <button type="submit" class="button button-secondary" aria-label={ctx.t('centreBulletins.screens.removeLabel', { name: s.name })}>
                  {ctx.t('centreBulletins.screens.remove')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('centreBulletins.screens.add')}</h2>
      <form method="post" action={ctx.href(`/centres/${centre.id}/screens`)} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="name" label={ctx.t('centreBulletins.screens.name')} hint={ctx.t('centreBulletins.screens.nameHint')} value={formValue(form.values, 'name')} error={fieldError(ctx, form.errors, 'name')} required />
        <button type="submit" class="button">
          {ctx.t('centreBulletins.screens.addSubmit')}
        </button>
      </form>
    </Layout>
  );
}

/** A centre's request to an organisation: the organisation (and optionally its activity), then the agreement's fields with the centre's contact. */
export function RequestFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: RequestFormData; form: FormState }) {
  const v = form.values;
  const e = (f: string) => fieldError(ctx, form.errors, f);
  const title = ctx.t('centreBulletins.request.title');
  const typed = Object.keys(v).length > 0;
  const shown: FormState = typed ? form : { ...form, values: { contactEmail: data.contactEmail } };
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[...deskCrumbs(ctx, data.centre), [title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{ctx.t('centreBulletins.request.intro', { centre: centreName(ctx, data.centre) })}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={agreementAnchors(ctx)} />
      <form method="post" action={ctx.href(`/centres/${data.centre.id}/requests`)} novalidate>
        <CsrfField token={csrf} />
        <SelectField
          ctx={ctx}
          name="organization"
          label={ctx.t('centreBulletins.request.organization')}
          hint={ctx.t('centreBulletins.request.organizationHint')}
          value={formValue(v, 'organization')}
          placeholder={ctx.t('centres.material.chooseOrganization')}
          options={data.organizations.map((o) => ({ value: o.id, label: o.nameFi }))}
          error={e('organization')}
          required
        />
        <SelectField
          ctx={ctx}
          name="activity"
          label={ctx.t('centres.material.activity')}
          hint={ctx.t('centreBulletins.request.activityHint')}
          value={formValue(v, 'activity')}
          placeholder={ctx.t('centres.material.noActivity')}
          options={data.activities.map((a) => ({ value: a.id, label: `${a.organizationFi} – ${a.nameFi}` }))}
          error={e('activity')}
        />
        <AgreementFields ctx={ctx} form={shown} contactLegend={ctx.t('centreBulletins.request.contact')} />
        <button type="submit" class="button">
          {ctx.t('centreBulletins.request.submit')}
        </button>
      </form>
    </Layout>
  );
}
