import { formValue, formValueList, type FormState } from '../../platform/http/form.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { formatDate, formatNumber, pick, type Lang } from '../../platform/i18n/i18n.js';
import { Checkbox, ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextArea, TextInput, type Option } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { listMunicipalities } from '../reference/municipalities.js';
import type { RequestPage } from './get-request-page.js';
import type { ProfilePage } from './get-profile-page.js';
import { CONVERSATION_SCRIPT, ConversationMessage } from './conversation.views.js';
import { BarChart } from '../../platform/views/bar-chart.js';
import type { OpenRequestList } from './list-open-requests.js';
import type { listMyPeerHelp } from './list-my-peer-help.js';
import type { FeedbackRow, ProfileRow, RequestRow } from './peer-help.repo.js';
import { CATEGORIES, LANGUAGES, NOTIFY, type ListFilters } from './peer-help.schema.js';

const HOME = '/peer-help';
const categoryName = (ctx: PageContext, c: string) => ctx.t(`peerHelp.category.${c}` as MessageKey);
const categoryOptions = (ctx: PageContext): Option[] => CATEGORIES.map((c) => ({ value: c, label: categoryName(ctx, c) }));
const langName = (ctx: PageContext, l: string) => ctx.t(`peerHelp.lang.${l}` as MessageKey);

function municipalityOptions(lang: Lang): Option[] {
  return listMunicipalities()
    .map((m) => ({ value: m.code, label: pick(lang, m.nameFi, m.nameSv) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fi'));
}

export function municipalityName(code: string | null, lang: Lang): string {
  if (!code) return '';
  const m = listMunicipalities().find((x) => x.code === code);
  return m ? pick(lang, m.nameFi, m.nameSv) : code;
}

function Notice({ text }: { text?: string }) {
  return text ? (
    <div class="notice notice-saved" role="status">
      <p>{text}</p>
    </div>
  ) : null;
}

const statusText = (ctx: PageContext, s: string) => ctx.t(`peerHelp.status.${s}` as MessageKey);
const hoursText = (ctx: PageContext, h: number) => ctx.t('peerHelp.hours', { hours: formatNumber(h, ctx.lang) });

function placeText(ctx: PageContext, r: Pick<RequestRow, 'remote' | 'municipalityCode' | 'address'>): string {
  const onSite = r.municipalityCode ? ctx.t('peerHelp.onSite', { place: [municipalityName(r.municipalityCode, ctx.lang), r.address].filter(Boolean).join(', ') }) : '';
  return [r.remote ? ctx.t('peerHelp.remote') : '', onSite].filter(Boolean).join(' · ');
}

/** /peer-help: the introduction, and for a signed-in person the open requests with filters and their own. */
export function PeerHelpHomePage({ ctx, list, mine, filters, notice }: { ctx: PageContext; list: OpenRequestList | null; mine: Awaited<ReturnType<typeof listMyPeerHelp>> | null; filters: ListFilters; notice?: string }) {
  const { t } = ctx;
  const title = t('peerHelp.title');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>{t('peerHelp.intro')}</p>
      {!list || !mine ? (
        <>
          <p>{t('peerHelp.anonymous')}</p>
          <p>
            <a class="button" href={ctx.href('/peer-help/join')}>
              {t('peerHelp.joinLink')}
            </a>{' '}
            <a href={ctx.href(`/sign-in?next=${encodeURIComponent(HOME)}`)}>{t('peerHelp.signIn')}</a>
          </p>
        </>
      ) : (
        <>
          <p>
            <a class="button" href={ctx.href('/peer-help/requests/new')}>
              {t('peerHelp.newRequest')}
            </a>{' '}
            <a href={ctx.href('/peer-help/profile')}>{t('peerHelp.myProfile')}</a> · <a href={ctx.href('/peer-help/groups')}>{t('peerHelp.groups.title')}</a> · <a href={ctx.href('/peer-help/statistics')}>{t('peerHelp.stats.link')}</a>
          </p>
          {!list.profile ? <p class="notice">{t('peerHelp.noProfile')}</p> : null}
          <h2>{t('peerHelp.open.title')}</h2>
          <form method="get" action={ctx.href(HOME)} class="filters">
            <fieldset>
              <legend>{t('peerHelp.filter.title')}</legend>
              <SelectField ctx={ctx} name="category" label={t('peerHelp.filter.category')} value={filters.category ?? ''} options={categoryOptions(ctx)} placeholder={t('peerHelp.filter.anyCategory')} />
              <SelectField ctx={ctx} name="municipality" label={t('peerHelp.filter.municipality')} value={filters.municipality ?? ''} options={municipalityOptions(ctx.lang)} placeholder={t('peerHelp.filter.anyMunicipality')} />
              <Checkbox name="remote" label={t('peerHelp.filter.remote')} checked={!!filters.remote} />
              {list.profile ? <Checkbox name="all" label={t('peerHelp.filter.all')} checked={!!filters.all} /> : null}
              <button type="submit" class="button button-secondary">
                {t('peerHelp.filter.submit')}
              </button>
            </fieldset>
          </form>
          <p>{list.matching ? t('peerHelp.open.matching') : t('peerHelp.open.all')}</p>
          {list.requests.length === 0 ? (
            <p>{t('peerHelp.open.none')}</p>
          ) : (
            <ul class="result-list peer-help-requests">
              {list.requests.map((r) => (
                <li>
                  <h3>
                    <a href={ctx.href(`/peer-help/requests/${r.id}`)}>{r.summary}</a>
                  </h3>
                  <p>
                    {categoryName(ctx, r.category)} · {r.organisationName} · {placeText(ctx, r)}
                    {r.distanceKm !== null ? ` (${t('peerHelp.distance', { km: Math.round(r.distanceKm) })})` : ''} · {hoursText(ctx, r.hours)}
                    {r.groupName ? ` · ${t('peerHelp.group', { name: r.groupName })}` : ''}
                  </p>
                  <p>
                    {t('peerHelp.request.wishedTime')}: {r.wishedTime}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <h2>{t('peerHelp.mine.requests')}</h2>
          {mine.requests.length === 0 ? (
            <p>{t('peerHelp.mine.none')}</p>
          ) : (
            <ul>
              {mine.requests.map((r) => (
                <li>
                  <a href={ctx.href(r.status === 'draft' ? `/peer-help/requests/${r.id}/step/3` : `/peer-help/requests/${r.id}`)}>{r.summary}</a> ({statusText(ctx, r.status)})
                </li>
              ))}
            </ul>
          )}
          <h2>{t('peerHelp.mine.applications')}</h2>
          {mine.applications.length === 0 ? (
            <p>{t('peerHelp.mine.none')}</p>
          ) : (
            <ul>
              {mine.applications.map((a) => (
                <li>
                  <a href={ctx.href(`/peer-help/requests/${a.requestId}`)}>{a.summary}</a> ({ctx.t(`peerHelp.application.${a.status}` as MessageKey)}, {statusText(ctx, a.requestStatus)})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Layout>
  );
}

export function JoinPage({ ctx, csrf, form }: { ctx: PageContext; csrf: string; form: FormState }) {
  const { t } = ctx;
  const title = t('peerHelp.join.title');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('peerHelp.nav'), HOME], [title, ctx.path]]}>
      <h1>{title}</h1>
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>{t('peerHelp.join.intro')}</p>
      <form method="post" action={ctx.href('/peer-help/join')} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="email" type="email" autocomplete="email" label={t('peerHelp.join.email')} value={formValue(form.values, 'email')} error={fieldError(ctx, form.errors, 'email')} required />
        <button type="submit" class="button">
          {t('peerHelp.join.submit')}
        </button>
      </form>
    </Layout>
  );
}

export function MessagePage({ ctx, title, body }: { ctx: PageContext; title: string; body: string }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
    </Layout>
  );
}

export function JoinConfirmPage({ ctx, csrf, token }: { ctx: PageContext; csrf: string; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('peerHelp.join.confirmTitle')}>
      <h1>{t('peerHelp.join.confirmTitle')}</h1>
      <p>{t('peerHelp.join.confirmBody')}</p>
      <form method="post" action={ctx.href(`/peer-help/join/${token}`)}>
        <CsrfField token={csrf} />
        <button type="submit" class="button">
          {t('peerHelp.join.confirm')}
        </button>
      </form>
    </Layout>
  );
}

/** What others see of a profile; `own` shows the CV part even when hidden from others. */
function ProfileCard({ ctx, profile, tasksDone, feedback, own, headingLevel, moderation }: { ctx: PageContext; profile: ProfileRow; tasksDone: number; feedback: FeedbackRow[]; own: boolean; /** the level of the card's own headings */ headingLevel: 2 | 3 | 4; moderation?: { csrf: string; canHide: boolean } }) {
  const { t } = ctx;
  const H = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  const cv = profile.showCv || own;
  return (
    <div class="peer-help-profile">
      <p>{t('peerHelp.profile.tasksDone', { n: tasksDone })}</p>
      {profile.municipalityCode ? <p>{t('peerHelp.profile.home', { place: [profile.postalCode, municipalityName(profile.municipalityCode, ctx.lang)].filter(Boolean).join(' ') })}</p> : null}
      {profile.currentOrganisation ? <p>{t('peerHelp.profile.organisation', { name: profile.currentOrganisation })}</p> : null}
      {profile.description ? <p class="message-text">{profile.description}</p> : null}
      {profile.categories.length > 0 ? <p>{t('peerHelp.profile.categoriesList', { list: profile.categories.map((c) => categoryName(ctx, c)).join(', ') })}</p> : null}
      <p>{t('peerHelp.profile.languagesList', { list: profile.languages.map((l) => langName(ctx, l)).join(', ') })}</p>
      {profile.skills ? (
        <>
          <H>{t('peerHelp.profile.skills')}</H>
          <p class="message-text">{profile.skills}</p>
        </>
      ) : null}
      {cv ? (
        <>
          {profile.education ? (
            <>
              <H>{t('peerHelp.profile.education')}</H>
              <p class="message-text">{profile.education}</p>
            </>
          ) : null}
          {profile.experience ? (
            <>
              <H>{t('peerHelp.profile.experience')}</H>
              <p class="message-text">{profile.experience}</p>
            </>
          ) : null}
        </>
      ) : (
        <p>{t('peerHelp.profile.cvHidden')}</p>
      )}
      {profile.videoUrl || profile.linkedinUrl ? (
        <ul>
          {profile.videoUrl ? (
            <li>
              <a href={profile.videoUrl} rel="noopener noreferrer nofollow">
                {t('peerHelp.profile.videoUrl')}
              </a>
            </li>
          ) : null}
          {profile.linkedinUrl ? (
            <li>
              <a href={profile.linkedinUrl} rel="noopener noreferrer nofollow">
                {t('peerHelp.profile.linkedinUrl')}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <H>{t('peerHelp.profile.feedback')}</H>
      <FeedbackList ctx={ctx} feedback={feedback} moderation={moderation} />
    </div>
  );
}

function FeedbackList({ ctx, feedback, moderation }: { ctx: PageContext; feedback: FeedbackRow[]; moderation?: { csrf: string; canHide: boolean } }) {
  if (feedback.length === 0) return <p>{ctx.t('peerHelp.profile.noFeedback')}</p>;
  return (
    <ul class="peer-help-feedback">
      {feedback.map((f) => (
        <li>
          <p>
            <strong>{ctx.t('peerHelp.profile.rating', { rating: f.rating })}</strong> – {ctx.t('peerHelp.profile.from', { name: f.fromName ?? '', summary: f.summary })}, {formatDate(f.createdAt.toISOString(), ctx.lang)}
          </p>
          {f.comment ? <p class="message-text">{f.comment}</p> : null}
          {moderation && f.comment ? (
            <p>
              <PostButton ctx={ctx} csrf={moderation.csrf} action={`/peer-help/feedback/${f.id}/report`} label={ctx.t('peerHelp.report.submit')} secondary />{' '}
              {moderation.canHide ? <PostButton ctx={ctx} csrf={moderation.csrf} action={`/peer-help/feedback/${f.id}/hide`} label={ctx.t('peerHelp.hide.submit')} secondary /> : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** /peer-help/profiles/{id}: a profile with tasks done and feedback received. */
export function ProfileView({ ctx, page, own, csrf, canHide, notice }: { ctx: PageContext; page: ProfilePage; own: boolean; csrf: string; canHide: boolean; notice?: string }) {
  return (
    <Layout ctx={ctx} title={page.profile.displayName} breadcrumbs={[[ctx.t('peerHelp.nav'), HOME], [page.profile.displayName, ctx.path]]}>
      <h1>{page.profile.displayName}</h1>
      <Notice text={notice} />
      <ProfileCard ctx={ctx} profile={page.profile} tasksDone={page.tasksDone} feedback={page.feedback} own={own} headingLevel={2} moderation={{ csrf, canHide }} />
    </Layout>
  );
}

/** /peer-help/profile: the profile settings, with a preview of what others see. */
export function ProfileFormPage({ ctx, csrf, form, preview, notice }: { ctx: PageContext; csrf: string; form: FormState; preview: ProfilePage | null; notice?: string }) {
  const { t } = ctx;
  const title = t('peerHelp.profile.title');
  const v = form.values;
  const err = (f: string) => fieldError(ctx, form.errors, f);
  const languageOptions = LANGUAGES.map((l) => ({ value: l, label: langName(ctx, l) }));
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('peerHelp.nav'), HOME], [title, ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ categories: groupAnchor('categories', categoryOptions(ctx)), languages: groupAnchor('languages', languageOptions), notify: 'notify-none' }} />
      <p>{t('peerHelp.profile.intro')}</p>
      <form method="post" action={ctx.href('/peer-help/profile')} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="displayName" autocomplete="name" label={t('peerHelp.profile.displayName')} value={formValue(v, 'displayName')} error={err('displayName')} required />
        <SelectField ctx={ctx} name="municipality" label={t('peerHelp.profile.municipality')} hint={t('peerHelp.profile.placeHint')} value={formValue(v, 'municipality')} options={municipalityOptions(ctx.lang)} placeholder={t('peerHelp.profile.chooseMunicipality')} error={err('municipality')} />
        <TextInput ctx={ctx} name="postalCode" inputmode="numeric" autocomplete="postal-code" label={t('peerHelp.profile.postalCode')} value={formValue(v, 'postalCode')} error={err('postalCode')} />
        <TextInput ctx={ctx} name="distanceKm" inputmode="numeric" label={t('peerHelp.profile.distance')} hint={t('peerHelp.profile.distanceHint')} value={formValue(v, 'distanceKm')} error={err('distanceKm')} required />
        <ChoiceGroup ctx={ctx} name="categories" legend={t('peerHelp.profile.categories')} options={categoryOptions(ctx)} selected={formValueList(v, 'categories')} error={err('categories')} columns />
        <ChoiceGroup ctx={ctx} name="languages" legend={t('peerHelp.profile.languages')} options={languageOptions} selected={formValueList(v, 'languages')} error={err('languages')} required columns />
        <TextArea ctx={ctx} name="skills" label={t('peerHelp.profile.skills')} value={formValue(v, 'skills')} error={err('skills')} rows={3} />
        <TextArea ctx={ctx} name="education" label={t('peerHelp.profile.education')} value={formValue(v, 'education')} error={err('education')} rows={3} />
        <TextArea ctx={ctx} name="experience" label={t('peerHelp.profile.experience')} value={formValue(v, 'experience')} error={err('experience')} rows={3} />
        <Checkbox name="showCv" label={t('peerHelp.profile.showCv')} checked={formValue(v, 'showCv') === 'yes'} />
        <TextArea ctx={ctx} name="description" label={t('peerHelp.profile.description')} value={formValue(v, 'description')} error={err('description')} rows={4} />
        <TextInput ctx={ctx} name="currentOrganisation" autocomplete="organization" label={t('peerHelp.profile.currentOrganisation')} value={formValue(v, 'currentOrganisation')} error={err('currentOrganisation')} />
        <TextInput ctx={ctx} name="videoUrl" type="url" label={t('peerHelp.profile.videoUrl')} value={formValue(v, 'videoUrl')} error={err('videoUrl')} />
        <TextInput ctx={ctx} name="linkedinUrl" type="url" label={t('peerHelp.profile.linkedinUrl')} value={formValue(v, 'linkedinUrl')} error={err('linkedinUrl')} />
        <ChoiceGroup
          ctx={ctx}
          name="notify"
          type="radio"
          legend={t('peerHelp.profile.notify')}
          options={NOTIFY.map((n) => ({ value: n, label: t(`peerHelp.profile.notify.${n}` as MessageKey) }))}
          selected={[formValue(v, 'notify') || 'none']}
          error={err('notify')}
        />
        <button type="submit" class="button">
          {t('peerHelp.profile.save')}
        </button>
      </form>
      {preview ? (
        <section aria-labelledby="profile-preview">
          <h2 id="profile-preview">{t('peerHelp.profile.preview')}</h2>
          <p>
            <a href={ctx.href(`/peer-help/profiles/${preview.profile.id}`)}>{preview.profile.displayName}</a>
          </p>
          <ProfileCard ctx={ctx} profile={preview.profile} tasksDone={preview.tasksDone} feedback={preview.feedback} own={false} headingLevel={3} />
        </section>
      ) : null}
    </Layout>
  );
}

export interface OrganisationChoice {
  id: string;
  name: string;
}

/** Steps 1 and 2 of a new request (3 is the check page). `id` is null for a new request's step 1. */
export function RequestStepPage({ ctx, csrf, form, step, id, organisations }: { ctx: PageContext; csrf: string; form: FormState; step: 1 | 2; id: string | null; organisations: OrganisationChoice[] }) {
  const { t } = ctx;
  const v = form.values;
  const err = (f: string) => fieldError(ctx, form.errors, f);
  const stepTitle = step === 1 ? t('peerHelp.new.step1') : t('peerHelp.new.step2');
  const title = `${t('peerHelp.new.title')}: ${stepTitle} (${t('peerHelp.new.step', { n: step })})`;
  const action = id ? `/peer-help/requests/${id}/step/${step}` : '/peer-help/requests/new';
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('peerHelp.nav'), HOME], [t('peerHelp.new.title'), ctx.path]]}>
      <h1>
        {t('peerHelp.new.title')}: {stepTitle}
      </h1>
      <p class="step-indicator">{t('peerHelp.new.step', { n: step })}</p>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ remote: 'remote' }} />
      <form method="post" action={ctx.href(action)} novalidate>
        <CsrfField token={csrf} />
        {step === 1 ? (
          <>
            <SelectField ctx={ctx} name="category" label={t('peerHelp.new.category')} value={formValue(v, 'category')} options={categoryOptions(ctx)} placeholder={t('peerHelp.new.chooseCategory')} error={err('category')} required />
            <TextInput ctx={ctx} name="summary" label={t('peerHelp.new.summary')} hint={t('peerHelp.new.summaryHint')} value={formValue(v, 'summary')} error={err('summary')} required />
            <TextArea ctx={ctx} name="details" label={t('peerHelp.new.details')} value={formValue(v, 'details')} error={err('details')} />
            <TextInput ctx={ctx} name="accountingRef" label={t('peerHelp.new.accountingRef')} value={formValue(v, 'accountingRef')} error={err('accountingRef')} />
            {organisations.length > 0 ? (
              <SelectField ctx={ctx} name="organizationId" label={t('peerHelp.new.organisation')} value={formValue(v, 'organizationId')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} placeholder={t('peerHelp.new.otherOrganisation')} error={err('organizationId')} />
            ) : null}
            <TextInput ctx={ctx} name="organisationName" autocomplete="organization" label={t('peerHelp.new.organisationName')} value={formValue(v, 'organisationName')} error={err('organisationName')} />
            <TextInput ctx={ctx} name="businessId" label={t('peerHelp.new.businessId')} value={formValue(v, 'businessId')} error={err('businessId')} />
          </>
        ) : (
          <>
            <Checkbox name="remote" label={t('peerHelp.new.remote')} hint={t('peerHelp.new.remoteHint')} checked={formValue(v, 'remote') === 'yes'} />
            <SelectField ctx={ctx} name="municipality" label={t('peerHelp.new.municipality')} value={formValue(v, 'municipality')} options={municipalityOptions(ctx.lang)} placeholder={t('peerHelp.filter.anyMunicipality')} error={err('municipality')} />
            <TextInput ctx={ctx} name="address" autocomplete="street-address" label={t('peerHelp.new.address')} value={formValue(v, 'address')} error={err('address')} />
            <TextInput ctx={ctx} name="wishedTime" label={t('peerHelp.new.wishedTime')} hint={t('peerHelp.new.wishedTimeHint')} value={formValue(v, 'wishedTime')} error={err('wishedTime')} required />
            <TextInput ctx={ctx} name="wishedUntil" type="date" label={t('peerHelp.new.wishedUntil')} hint={t('peerHelp.new.wishedUntilHint')} value={formValue(v, 'wishedUntil')} error={err('wishedUntil')} />
            <TextInput ctx={ctx} name="hours" inputmode="text" label={t('peerHelp.new.hours')} hint={t('peerHelp.new.hoursHint')} value={formValue(v, 'hours')} error={err('hours')} required />
            <TextInput ctx={ctx} name="groupCode" label={t('peerHelp.new.groupCode')} hint={t('peerHelp.new.groupCodeHint')} value={formValue(v, 'groupCode')} error={err('groupCode')} />
          </>
        )}
        <button type="submit" class="button">
          {t('peerHelp.new.next')}
        </button>
      </form>
      {id && step === 2 ? (
        <p>
          <a href={ctx.href(`/peer-help/requests/${id}/step/1`)}>{t('peerHelp.new.back')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

function RequestFacts({ ctx, r }: { ctx: PageContext; r: RequestRow }) {
  const { t } = ctx;
  return (
    <dl class="facts">
      <dt>{t('peerHelp.request.organisation')}</dt>
      <dd>{r.organisationName}</dd>
      <dt>{t('peerHelp.request.category')}</dt>
      <dd>{categoryName(ctx, r.category)}</dd>
      <dt>{t('peerHelp.request.place')}</dt>
      <dd>{placeText(ctx, r)}</dd>
      <dt>{t('peerHelp.request.wishedTime')}</dt>
      <dd>{r.wishedTime}</dd>
      {r.wishedUntil ? (
        <>
          <dt>{t('peerHelp.request.wishedUntil')}</dt>
          <dd>{formatDate(r.wishedUntil, ctx.lang)}</dd>
        </>
      ) : null}
      <dt>{t('peerHelp.request.hours')}</dt>
      <dd>{hoursText(ctx, r.hours)}</dd>
      <dt>{t('peerHelp.new.visibility')}</dt>
      <dd>{r.groupName ? t('peerHelp.group', { name: r.groupName }) : t('peerHelp.new.everyone')}</dd>
      <dt>{t('peerHelp.request.reference')}</dt>
      <dd>{r.reference}</dd>
      {r.accountingRef ? (
        <>
          <dt>{t('peerHelp.request.accountingRef')}</dt>
          <dd>{r.accountingRef}</dd>
        </>
      ) : null}
      <dt>{t('peerHelp.request.status')}</dt>
      <dd>{statusText(ctx, r.status)}</dd>
    </dl>
  );
}

/** Step 3/3: check the draft and publish it. */
export function RequestCheckPage({ ctx, csrf, request, form }: { ctx: PageContext; csrf: string; request: RequestRow; form?: FormState }) {
  const { t } = ctx;
  const title = `${t('peerHelp.new.title')}: ${t('peerHelp.new.step3')}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('peerHelp.nav'), HOME], [t('peerHelp.new.title'), ctx.path]]}>
      <h1>{title}</h1>
      <p class="step-indicator">{t('peerHelp.new.step', { n: 3 })}</p>
      {form ? <FormErrorSummary ctx={ctx} errors={form.errors} /> : null}
      <h2>{request.summary}</h2>
      {request.details ? <p class="message-text">{request.details}</p> : null}
      <RequestFacts ctx={ctx} r={request} />
      <p>
        <a href={ctx.href(`/peer-help/requests/${request.id}/step/1`)}>
          {t('peerHelp.new.edit')}: {t('peerHelp.new.step1')}
        </a>
        {' · '}
        <a href={ctx.href(`/peer-help/requests/${request.id}/step/2`)}>
          {t('peerHelp.new.edit')}: {t('peerHelp.new.step2')}
        </a>
      </p>
      <form method="post" action={ctx.href(`/peer-help/requests/${request.id}/publish`)}>
        <CsrfField token={csrf} />
        <button type="submit" class="button">
          {t('peerHelp.new.publish')}
        </button>
      </form>
    </Layout>
  );
}

function PostButton({ ctx, csrf, action, label, secondary, name, value, ariaLabel }: { ctx: PageContext; csrf: string; action: string; label: string; secondary?: boolean; name?: string; value?: string; ariaLabel?: string }) {
  return (
    <form method="post" action={ctx.href(action)} class="inline-form">
      <CsrfField token={csrf} />
      {name ? <input type="hidden" name={name} value={value} /> : null}
      <button type="submit" class={secondary ? 'button button-secondary' : 'button'} aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}

/** /peer-help/requests/{id}: the request, and what the viewer may do on it. */
export function RequestView({ ctx, csrf, page, form, notice, askMore }: { ctx: PageContext; csrf: string; page: RequestPage; form: FormState; notice?: string; askMore: boolean }) {
  const { t } = ctx;
  const r = page.request;
  const base = `/peer-help/requests/${r.id}`;
  const err = (f: string) => fieldError(ctx, form.errors, f);
  return (
    <Layout ctx={ctx} title={formTitle(ctx, r.summary, form.errors)} breadcrumbs={[[t('peerHelp.nav'), HOME], [r.summary, ctx.path]]} script={page.messages ? CONVERSATION_SCRIPT : undefined}>
      <h1>{r.summary}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      {r.details ? <p class="message-text">{r.details}</p> : null}
      <RequestFacts ctx={ctx} r={r} />

      {askMore && page.can.select ? (
        <section aria-labelledby="more-title" class="notice">
          <h2 id="more-title">{t('peerHelp.more.title')}</h2>
          <p>{t('peerHelp.more.body')}</p>
          <p>
            <a class="button button-secondary" href={ctx.href(`${base}#applicants-title`)}>
              {t('peerHelp.more.yes')}
            </a>{' '}
            <PostButton ctx={ctx} csrf={csrf} action={`${base}/fill`} label={t('peerHelp.more.no')} />
          </p>
        </section>
      ) : null}

      {page.myApplication ? <p>{t('peerHelp.apply.yours', { status: t(`peerHelp.application.${page.myApplication.status}` as MessageKey) })}</p> : null}

      {page.can.apply ? (
        <section aria-labelledby="apply-title">
          <h2 id="apply-title">{t('peerHelp.apply.title')}</h2>
          {page.hasProfile ? (
            <form method="post" action={ctx.href(`${base}/apply`)} novalidate>
              <CsrfField token={csrf} />
              <TextArea ctx={ctx} name="message" label={t('peerHelp.apply.message')} hint={t('peerHelp.apply.messageHint')} value={formValue(form.values, 'message')} error={err('message')} required rows={4} />
              <button type="submit" class="button">
                {t('peerHelp.apply.submit')}
              </button>
            </form>
          ) : (
            <p>
              <a href={ctx.href('/peer-help/profile')}>{t('peerHelp.apply.needProfile')}</a>
            </p>
          )}
        </section>
      ) : null}

      {page.requesterSide ? (
        <section aria-labelledby="applicants-title">
          <h2 id="applicants-title">{t('peerHelp.applicants.title')}</h2>
          {page.can.select ? <p>{t('peerHelp.applicants.final')}</p> : null}
          {page.applicants.length === 0 ? (
            <p>{t('peerHelp.applicants.none')}</p>
          ) : (
            <ul class="peer-help-applicants">
              {page.applicants.map((a) => (
                <li>
                  <h3>
                    {a.profileId ? <a href={ctx.href(`/peer-help/profiles/${a.profileId}`)}>{a.displayName}</a> : a.displayName} ({t(`peerHelp.application.${a.status}` as MessageKey)})
                  </h3>
                  <p class="message-text">{a.message}</p>
                  {a.profile ? (
                    <details>
                      <summary>{t('peerHelp.applicants.profile')}</summary>
                      <ProfileCard ctx={ctx} profile={a.profile} tasksDone={a.tasksDone} feedback={a.feedback} own={false} headingLevel={4} />
                    </details>
                  ) : null}
                  {page.can.select && a.status === 'applied' ? (
                    <PostButton ctx={ctx} csrf={csrf} action={`${base}/select`} name="application" value={a.id} label={t('peerHelp.applicants.select')} ariaLabel={t('peerHelp.applicants.selectLabel', { name: a.displayName ?? '' })} />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {page.can.select && page.selectedCount > 0 && !askMore ? <PostButton ctx={ctx} csrf={csrf} action={`${base}/fill`} label={t('peerHelp.more.no')} secondary /> : null}
        </section>
      ) : null}

      {page.messages ? (
        <section aria-labelledby="conversation-title">
          <h2 id="conversation-title">{t('peerHelp.conversation.title')}</h2>
          <p>{t('peerHelp.conversation.intro')}</p>
          {page.messages.length === 0 ? <p id="conversation-none">{t('peerHelp.conversation.none')}</p> : null}
          {/* Always present (empty without messages): peer-help-conversation.js appends new messages to it live. */}
          <ol class="peer-help-messages" id="conversation-messages" data-stream={ctx.href(`${base}/messages/stream`)} data-after={page.messages.at(-1)?.id ?? ''}>
            {page.messages.map((m) => (
              <ConversationMessage ctx={ctx} request={r} message={m} />
            ))}
          </ol>
          {page.can.write ? (
            <form method="post" action={ctx.href(`${base}/messages`)} novalidate>
              <CsrfField token={csrf} />
              <TextArea ctx={ctx} name="body" label={t('peerHelp.conversation.message')} value={formValue(form.values, 'body')} error={err('body')} required rows={3} />
              <button type="submit" class="button">
                {t('peerHelp.conversation.send')}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}

      {page.can.done ? <PostButton ctx={ctx} csrf={csrf} action={`${base}/done`} label={t('peerHelp.done.submit')} /> : null}
      {page.can.approve ? <PostButton ctx={ctx} csrf={csrf} action={`${base}/approve`} label={t('peerHelp.approve.submit')} /> : null}

      {page.feedbackTo.length > 0 ? (
        <section aria-labelledby="feedback-title">
          <h2 id="feedback-title">{t('peerHelp.feedback.title')}</h2>
          <p>{t('peerHelp.feedback.notice')}</p>
          {page.feedbackTo.slice(0, 1).map((to) => (
            <form method="post" action={ctx.href(`${base}/feedback`)} novalidate>
              <CsrfField token={csrf} />
              <input type="hidden" name="to" value={to.userId} />
              <h3>{t('peerHelp.feedback.to', { name: to.name })}</h3>
              <ChoiceGroup
                ctx={ctx}
                name="rating"
                type="radio"
                legend={t('peerHelp.feedback.rating')}
                options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))}
                selected={formValue(form.values, 'to') === to.userId ? [formValue(form.values, 'rating')] : []}
                error={formValue(form.values, 'to') === to.userId ? err('rating') : undefined}
                required
              />
              <TextArea ctx={ctx} name="comment" id={`comment-${to.userId}`} label={t('peerHelp.feedback.comment')} value={formValue(form.values, 'to') === to.userId ? formValue(form.values, 'comment') : ''} rows={3} />
              <button type="submit" class="button">
                {t('peerHelp.feedback.submit')}
              </button>
            </form>
          ))}
        </section>
      ) : null}

      {page.feedback.length > 0 ? (
        <section aria-labelledby="given-title">
          <h2 id="given-title">{t('peerHelp.feedback.given')}</h2>
          <FeedbackList ctx={ctx} feedback={page.feedback} />
        </section>
      ) : null}

      {page.can.extend ? (
        <section aria-labelledby="extend-title">
          <h2 id="extend-title">{t('peerHelp.extend.title')}</h2>
          <form method="post" action={ctx.href(`${base}/extend`)} novalidate>
            <CsrfField token={csrf} />
            <TextInput ctx={ctx} name="wishedUntil" type="date" label={t('peerHelp.request.wishedUntil')} hint={t('peerHelp.extend.intro')} value={formValue(form.values, 'wishedUntil') || (r.wishedUntil ?? '')} error={err('wishedUntil')} required />
            <button type="submit" class="button button-secondary">
              {t('peerHelp.extend.submit')}
            </button>
          </form>
        </section>
      ) : null}

      {page.can.cancel ? <PostButton ctx={ctx} csrf={csrf} action={`${base}/cancel`} label={t('peerHelp.cancel.submit')} secondary /> : null}
    </Layout>
  );
}

/** /peer-help/groups: the person's groups and the form to create one. */
export function GroupsPage({ ctx, csrf, groups, userId, form, notice }: { ctx: PageContext; csrf: string; groups: { id: string; name: string; code: string; ownerId: string }[]; userId: string; form: FormState; notice?: string }) {
  const { t } = ctx;
  const title = t('peerHelp.groups.title');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('peerHelp.nav'), HOME], [title, ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>{t('peerHelp.groups.intro')}</p>
      {groups.length === 0 ? (
        <p>{t('peerHelp.groups.none')}</p>
      ) : (
        <ul>
          {groups.map((g) => (
            <li>
              <a href={ctx.href(`/peer-help/groups/${g.id}`)}>{g.name}</a> – {t('peerHelp.groups.code', { code: g.code })} {g.ownerId === userId ? t('peerHelp.groups.owner') : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('peerHelp.groups.new')}</h2>
      <form method="post" action={ctx.href('/peer-help/groups')} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="name" label={t('peerHelp.groups.name')} value={formValue(form.values, 'name')} error={fieldError(ctx, form.errors, 'name')} required />
        <TextInput ctx={ctx} name="codePrefix" label={t('peerHelp.groups.codePrefix')} hint={t('peerHelp.groups.codePrefixHint')} value={formValue(form.values, 'codePrefix')} error={fieldError(ctx, form.errors, 'codePrefix')} required />
        <button type="submit" class="button">
          {t('peerHelp.groups.create')}
        </button>
      </form>
    </Layout>
  );
}

/** /peer-help/groups/{id}: the group; its owner sees and adds the members (up to 30). */
export function GroupPage({ ctx, csrf, page, form, notice }: { ctx: PageContext; csrf: string; page: { group: { name: string; code: string; id: string }; manage: boolean; memberCount: number; members: { email: string }[] }; form: FormState; notice?: string }) {
  const { t } = ctx;
  const g = page.group;
  return (
    <Layout ctx={ctx} title={formTitle(ctx, g.name, form.errors)} breadcrumbs={[[t('peerHelp.nav'), HOME], [t('peerHelp.groups.title'), '/peer-help/groups'], [g.name, ctx.path]]}>
      <h1>{g.name}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>
        <strong>{t('peerHelp.groups.code', { code: g.code })}</strong>
      </p>
      <p>{t('peerHelp.groups.codeHint')}</p>
      {page.manage ? (
        <>
          <h2>{t('peerHelp.groups.members', { n: page.memberCount })}</h2>
          {page.members.length > 0 ? (
            <ul>
              {page.members.map((m) => (
                <li>
                  {m.email}{' '}
                  <PostButton ctx={ctx} csrf={csrf} action={`/peer-help/groups/${g.id}/members/remove`} name="email" value={m.email} label={t('peerHelp.groups.remove')} ariaLabel={t('peerHelp.groups.removeLabel', { email: m.email })} secondary />
                </li>
              ))}
            </ul>
          ) : null}
          <form method="post" action={ctx.href(`/peer-help/groups/${g.id}/members`)} novalidate>
            <CsrfField token={csrf} />
            <TextInput ctx={ctx} name="email" type="email" label={t('peerHelp.groups.addMember')} value={formValue(form.values, 'email')} error={fieldError(ctx, form.errors, 'email')} required />
            <button type="submit" class="button">
              {t('peerHelp.groups.add')}
            </button>
          </form>
        </>
      ) : (
        <>
          <p>{t('peerHelp.groups.memberCount', { n: page.memberCount })}</p>
          <PostButton ctx={ctx} csrf={csrf} action={`/peer-help/groups/${g.id}/leave`} label={t('peerHelp.groups.leave')} secondary />
        </>
      )}
    </Layout>
  );
}

/** /peer-help/statistics: where help was needed and how much, as tables (counts only) with SVG bar charts beside them. */
export function StatisticsPage({ ctx, stats }: { ctx: PageContext; stats: import('./get-peer-help-statistics.js').PeerHelpStatistics }) {
  const { t } = ctx;
  const title = t('peerHelp.stats.title');
  const num = (n: number) => formatNumber(Math.round(n * 10) / 10, ctx.lang);
  type Row = { key: string; requests: number; hours: number; approved: number; nameSv?: string };
  const Table = ({ id, caption, keyLabel, rows, label }: { id: string; caption: string; keyLabel: string; rows: Row[]; label: (r: Row) => string }) => (
    <div class="stats-pair">
      <table class="stats-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            <th scope="col">{t('peerHelp.stats.requests')}</th>
            <th scope="col">{t('peerHelp.stats.hours')}</th>
            <th scope="col">{t('peerHelp.stats.approved')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{label(r)}</th>
              <td>{num(r.requests)}</td>
              <td>{num(r.hours)}</td>
              <td>{num(r.approved)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.some((r) => r.requests > 0) ? <BarChart bars={rows.map((r) => ({ label: label(r), value: r.requests, text: num(r.requests) }))} /> : null}
    </div>
  );
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('peerHelp.nav'), HOME], [title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('peerHelp.stats.intro')}</p>
      <p>{stats.medianHoursToFirstApplication === null ? t('peerHelp.stats.noApplications') : t('peerHelp.stats.firstApplication', { hours: num(stats.medianHoursToFirstApplication) })}</p>
      <p>
        <a href={ctx.href('/peer-help/statistics.csv')}>{t('peerHelp.stats.csv')}</a>
      </p>
      <Table id="by-category" caption={t('peerHelp.stats.byCategory')} keyLabel={t('peerHelp.request.category')} rows={stats.byCategory} label={(r) => categoryName(ctx, r.key)} />
      <Table id="by-region" caption={t('peerHelp.stats.byRegion')} keyLabel={t('peerHelp.stats.region')} rows={stats.byRegion} label={(r) => (r.key === 'remote' ? t('peerHelp.remote') : pick(ctx.lang, r.key, r.nameSv))} />
      <Table id="by-month" caption={t('peerHelp.stats.byMonth')} keyLabel={t('peerHelp.stats.month')} rows={stats.byMonth} label={(r) => r.key} />
      <h2 id="by-umbrella-title">{t('peerHelp.stats.byUmbrella')}</h2>
      <p>{t('peerHelp.stats.umbrellaIntro')}</p>
      {stats.byUmbrella.length === 0 ? (
        <p>{t('peerHelp.stats.noUmbrella')}</p>
      ) : (
        <div class="stats-pair">
          <table class="stats-table" id="by-umbrella" aria-labelledby="by-umbrella-title">
            <thead>
              <tr>
                <th scope="col">{t('peerHelp.stats.umbrella')}</th>
                <th scope="col">{t('peerHelp.stats.members')}</th>
                <th scope="col">{t('peerHelp.stats.requests')}</th>
                <th scope="col">{t('peerHelp.stats.hours')}</th>
                <th scope="col">{t('peerHelp.stats.approved')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.byUmbrella.map((u) => (
                <tr>
                  <th scope="row">
                    <a href={ctx.href(`/organisations/${u.id}`)}>{pick(ctx.lang, u.nameFi, u.nameSv, u.nameEn)}</a>
                  </th>
                  <td>{num(u.members)}</td>
                  <td>{num(u.requests)}</td>
                  <td>{num(u.hours)}</td>
                  <td>{num(u.approved)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BarChart bars={stats.byUmbrella.map((u) => ({ label: pick(ctx.lang, u.nameFi, u.nameSv, u.nameEn), value: u.requests, text: num(u.requests) }))} />
        </div>
      )}
    </Layout>
  );
}
