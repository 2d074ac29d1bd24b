import type { FormState } from '../../platform/http/form.js';
import { formValue } from '../../platform/http/form.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { formatDateTime } from '../../platform/i18n/i18n.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextArea } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { wordDiff, type ActivityChange, type FieldChange } from './diff-drafts.js';
import type { SubmissionReview } from './get-submission-review.js';
import type { AuditLog } from './list-audit-log.js';
import { QUEUE_STATUSES, type QueueItem, type ReviewQueue } from './list-review-queue.js';
import type { AuditRow } from './review.repo.js';
import type { AnnouncementQueueItem } from '../news/list-announcements-for-review.js';



function ageText(ctx: PageContext, days: number): string {
  if (days < 1) return ctx.t('review.age.today');
  if (days === 1) return ctx.t('review.age.one');
  return ctx.t('review.age.days', { n: days });
}

/** A translation when the catalog has one, else the raw value (for codes added later by other modules). */
function maybe(ctx: PageContext, key: string, fallback: string): string {
  const text = ctx.t(key as MessageKey);
  return text === key ? fallback : text;
}

export function statusLabel(ctx: PageContext, status: string): string {
  return maybe(ctx, `review.status.${status}`, status);
}

function Notice({ text }: { text: string }) {
  return (
    <div class="notice" role="status">
      <p>{text}</p>
    </div>
  );
}

/** The regional portals' announcements awaiting review in the reviewer's regions (decided at /admin/review/announcements/{id}). */
function AnnouncementQueue({ ctx, items, regions }: { ctx: PageContext; items: AnnouncementQueueItem[]; regions: { id: string; name: string }[] }) {
  const { t, href } = ctx;
  return (
    <section aria-labelledby="announcement-queue-title">
      <h2 id="announcement-queue-title">{t('review.announcements.title', { n: items.length })}</h2>
      <p>{t('review.announcements.intro')}</p>
      {regions.length > 0 ? (
        <nav aria-labelledby="news-regions-title">
          <h3 id="news-regions-title">{t('review.announcements.regions')}</h3>
          <ul>
            {regions.map((r) => (
              <li>
                <a href={href(`/admin/regions/${r.id}/news`)}>{t('review.announcements.regionNews', { region: r.name })}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {items.length === 0 ? (
        <p>{t('review.announcements.none')}</p>
      ) : (
        <div class="admin-table-wrap">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('review.announcements.announcement')}</th>
                <th scope="col">{t('review.announcements.organization')}</th>
                <th scope="col">{t('review.announcements.region')}</th>
                <th scope="col">{t('review.announcements.sent')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr>
                  <td>
                    <a href={href(`/admin/review/announcements/${a.id}`)}>{a.title}</a>
                  </td>
                  <td>{a.organizationName}</td>
                  <td>{a.regionName}</td>
                  <td>{formatDateTime(a.sentAt, ctx.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function QueuePage({ ctx, queue, notice, announcements = [], newsRegions = [] }: { ctx: PageContext; queue: ReviewQueue; notice?: string; announcements?: AnnouncementQueueItem[]; newsRegions?: { id: string; name: string }[] }) {
  const { t, href } = ctx;
  const current = statusLabel(ctx, queue.status);
  return (
    <Layout ctx={ctx} title={`${t('review.queue.title')}: ${current}`}>
      <div class="admin-page">
        <h1>{t('review.queue.title')}</h1>
        {notice ? <Notice text={notice} /> : null}
        <p>{queue.allRegions ? t('review.queue.introAll') : t('review.queue.intro')}</p>
        <nav aria-label={t('review.queue.states')} class="state-tabs">
          <ul>
            {QUEUE_STATUSES.map((s) => (
              <li>
                <a href={href(`/admin/review?status=${s}`)} aria-current={s === queue.status ? 'page' : undefined}>
                  {statusLabel(ctx, s)} ({queue.counts[s]})
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <h2>{t('review.queue.caption', { status: current, n: queue.total })}</h2>
        {queue.items.length === 0 ? (
          <p>{t('review.queue.empty')}</p>
        ) : (
          <div class="admin-table-wrap">
            <table class="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('review.queue.organization')}</th>
                  <th scope="col">{t('review.queue.kind')}</th>
                  <th scope="col">{t('review.queue.municipalities')}</th>
                  <th scope="col">{t('review.queue.submitted')}</th>
                  <th scope="col">{t('review.queue.age')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item: QueueItem) => (
                  <tr>
                    <td>
                      <a href={href(`/admin/review/${item.id}`)}>{item.organizationName || item.id}</a>
                    </td>
                    <td>{t(`review.kind.${item.kind}`)}</td>
                    <td>{item.municipalities.length > 0 ? item.municipalities.join(', ') : t('review.queue.noMunicipalities')}</td>
                    <td>{item.submittedAt ? formatDateTime(item.submittedAt, ctx.lang) : ''}</td>
                    <td>{item.submittedAt ? ageText(ctx, item.ageDays) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <AnnouncementQueue ctx={ctx} items={announcements} regions={newsRegions} />
      </div>
    </Layout>
  );
}

/** Long texts: word-level changes as <del>/<ins>, each with a hidden word for screen readers (never colour alone). */
function WordDiff({ ctx, before, after }: { ctx: PageContext; before: string; after: string }) {
  return (
    <p class="word-diff">
      {wordDiff(before, after).map((part) =>
        part.kind === 'added' ? (
          <ins>
            <span class="visually-hidden">[{ctx.t('review.diff.added')}: </span>
            {part.text}
            <span class="visually-hidden">]</span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del>
            <span class="visually-hidden">[{ctx.t('review.diff.removed')}: </span>
            {part.text}
            <span class="visually-hidden">]</span>
          </del>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

function Value({ ctx, text }: { ctx: PageContext; text: string }) {
  return text === '' ? <span class="diff-empty">{ctx.t('review.diff.empty')}</span> : <span class="diff-value">{text}</span>;
}

function FieldTable({ ctx, caption, changes, labelPrefix, isNew }: { ctx: PageContext; caption: string; changes: FieldChange[]; labelPrefix: string; isNew: boolean }) {
  const { t } = ctx;
  if (changes.length === 0) return <p>{t('review.page.noChanges')}</p>;
  return (
    <div class="admin-table-wrap">
      <table class="admin-table diff-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.page.field')}</th>
            {isNew ? null : <th scope="col">{t('review.page.before')}</th>}
            <th scope="col">{isNew ? t('review.page.value') : t('review.page.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr>
              <th scope="row">{maybe(ctx, `${labelPrefix}.${c.field}`, c.field)}</th>
              {isNew ? null : (
                <td>
                  {c.before === '' ? (
                    <Value ctx={ctx} text="" />
                  ) : (
                    <del>
                      <span class="visually-hidden">[{t('review.diff.removed')}: </span>
                      {c.before}
                      <span class="visually-hidden">]</span>
                    </del>
                  )}
                </td>
              )}
              <td>
                {!isNew && c.long && c.before !== '' && c.after !== '' ? (
                  <WordDiff ctx={ctx} before={c.before} after={c.after} />
                ) : isNew || c.after === '' ? (
                  <Value ctx={ctx} text={c.after} />
                ) : (
                  <ins>
                    <span class="visually-hidden">[{t('review.diff.added')}: </span>
                    {c.after}
                    <span class="visually-hidden">]</span>
                  </ins>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ActivitySection({ ctx, activity, isNewOrg }: { ctx: PageContext; activity: ActivityChange; isNewOrg: boolean }) {
  const { t } = ctx;
  const name = activity.name || t('review.activity.unnamed');
  return (
    <section class={`activity-change activity-${activity.change}`} aria-labelledby={`activity-${activity.id}`}>
      <h3 id={`activity-${activity.id}`}>
        {name} <span class="change-tag">({t(`review.activity.${activity.change}`)})</span>
      </h3>
      {activity.change === 'archived' ? (
        <p>{t('review.activity.reason', { reason: activity.archivedReason ?? '' })}</p>
      ) : activity.change === 'unchanged' ? null : (
        <FieldTable
          ctx={ctx}
          caption={name}
          changes={activity.fields}
          labelPrefix="review.field.activity"
          isNew={isNewOrg || activity.change === 'added'}
        />
      )}
    </section>
  );
}

export function ReviewPage({
  ctx,
  csrf,
  review,
  form,
  notice,
}: {
  ctx: PageContext;
  csrf: string;
  review: SubmissionReview;
  /** The decision form: empty, or as typed with its errors (platform/http/form.ts). */
  form: FormState;
  notice?: string;
}) {
  const { t, href } = ctx;
  const { submission, diff } = review;
  const name = review.organizationName || submission.id;
  const title = t('review.page.title', { name });
  const open = submission.status === 'awaiting_review';
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)}>
      <div class="admin-page">
        <p>
          <a href={href('/admin/review')}>{t('review.page.back')}</a>
        </p>
        <h1>{title}</h1>
        {notice ? <Notice text={notice} /> : null}
        <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ decision: 'decision-approve' }} />
        <h2>{t('review.page.summary')}</h2>
        <dl class="review-meta">
          <dt>{t('review.queue.kind')}</dt>
          <dd>{t(`review.kind.${submission.kind}`)}</dd>
          <dt>{t('review.page.status')}</dt>
          <dd>{statusLabel(ctx, submission.status)}</dd>
          <dt>{t('review.queue.submitted')}</dt>
          <dd>{submission.submittedAt ? formatDateTime(submission.submittedAt, ctx.lang) : ''}</dd>
          {review.senderEmail ? (
            <>
              <dt>{t('review.page.sender')}</dt>
              <dd>
                <a href={`mailto:${review.senderEmail}`}>{review.senderEmail}</a>
              </dd>
            </>
          ) : null}
          <dt>{t('review.queue.municipalities')}</dt>
          <dd>{review.municipalities.length > 0 ? review.municipalities.join(', ') : t('review.queue.noMunicipalities')}</dd>
        </dl>
        <p>{diff.isNew ? t('review.page.newOrganization') : t('review.page.changeIntro')}</p>

        <h2>{t('review.page.organization')}</h2>
        <FieldTable ctx={ctx} caption={t('review.page.organization')} changes={diff.organization} labelPrefix="review.field.org" isNew={diff.isNew} />

        <h2>{t('review.page.activities')}</h2>
        {diff.activities.length === 0 ? <p>{t('review.page.noActivities')}</p> : null}
        {diff.activities.map((a) => (
          <ActivitySection ctx={ctx} activity={a} isNewOrg={diff.isNew} />
        ))}

        <h2>{t('review.decision.title')}</h2>
        {open ? (
          <form method="post" action={href(`/admin/review/${submission.id}`)} novalidate class="decision-form">
            <CsrfField token={csrf} />
            <TextArea
              ctx={ctx}
              name="message"
              label={t('review.decision.message')}
              hint={t('review.decision.hint')}
              value={formValue(form.values, 'message')}
              error={fieldError(ctx, form.errors, 'message')}
            />
            {form.errors.decision ? (
              <p id="decision-error" class="field-error">
                {t(form.errors.decision)}
              </p>
            ) : null}
            <div class="decision-buttons">
              <button type="submit" name="decision" value="approve" id="decision-approve">
                {t('review.decision.approve')}
              </button>
              <button type="submit" name="decision" value="return" class="button-secondary">
                {t('review.decision.return')}
              </button>
              <button type="submit" name="decision" value="reject" class="button-secondary">
                {t('review.decision.reject')}
              </button>
            </div>
          </form>
        ) : (
          <>
            <p>{t('review.page.decidedAlready', { status: statusLabel(ctx, submission.status) })}</p>
            {submission.decisionMessage ? <p>{t('review.page.decisionMessage', { message: submission.decisionMessage })}</p> : null}
          </>
        )}

        <h2>{t('review.history.title')}</h2>
        <AuditTable ctx={ctx} events={review.history} showOrganization={false} empty={t('review.history.empty')} caption={t('review.history.title')} />
      </div>
    </Layout>
  );
}

function actionLabel(ctx: PageContext, e: AuditRow): string {
  const base = maybe(ctx, `review.action.${e.action}`, e.action);
  const role = typeof e.detail.role === 'string' ? maybe(ctx, `auth.role.${e.detail.role}`, e.detail.role) : null;
  const scope = typeof e.detail.scopeId === 'string' && e.detail.role !== 'maintainer' ? e.detail.scopeId : null;
  return role ? `${base}: ${role}${scope ? ` (${scope})` : ''}${e.subjectEmail ? `, ${e.subjectEmail}` : ''}` : base;
}

function AuditTable({
  ctx,
  events,
  showOrganization,
  empty,
  caption,
}: {
  ctx: PageContext;
  events: AuditRow[];
  showOrganization: boolean;
  empty: string;
  caption: string;
}) {
  const { t } = ctx;
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <div class="admin-table-wrap">
      <table class="admin-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.audit.at')}</th>
            <th scope="col">{t('review.audit.actor')}</th>
            <th scope="col">{t('review.audit.action')}</th>
            {showOrganization ? <th scope="col">{t('review.audit.organization')}</th> : null}
            <th scope="col">{t('review.audit.states')}</th>
            <th scope="col">{t('review.audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr>
              <td>{formatDateTime(e.at, ctx.lang)}</td>
              <td>{e.actorEmail ?? t('review.audit.system')}</td>
              <td>{actionLabel(ctx, e)}</td>
              {showOrganization ? <td>{e.organizationName ?? ''}</td> : null}
              <td>
                {e.fromState || e.toState
                  ? `${e.fromState ? statusLabel(ctx, e.fromState) : '–'} → ${e.toState ? maybe(ctx, `review.status.${e.toState}`, maybe(ctx, `auth.role.${e.toState}`, e.toState)) : '–'}`
                  : ''}
              </td>
              <td>{typeof e.detail.message === 'string' ? e.detail.message : typeof e.detail.reason === 'string' ? e.detail.reason : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditPage({ ctx, log }: { ctx: PageContext; log: AuditLog }) {
  const { t, href } = ctx;
  const { organizationId, page, pages } = log;
  const filterPath = (p: number) => `/admin/audit?${organizationId ? `organization=${organizationId}&` : ''}page=${p}`;
  return (
    <Layout ctx={ctx} title={t('review.audit.title')}>
      <div class="admin-page">
        <h1>{t('review.audit.title')}</h1>
        <p>{t('review.audit.intro')}</p>
        <form method="get" action={href('/admin/audit')} class="audit-filter">
          <div class="field">
            <label for="organization">{t('review.audit.filter')}</label>
            <select id="organization" name="organization">
              <option value="">{t('review.audit.all')}</option>
              {log.organizations.map((o) => (
                <option value={o.id} selected={o.id === organizationId}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('review.audit.show')}</button>
        </form>
        <h2>{t('review.audit.count', { n: log.total })}</h2>
        <AuditTable ctx={ctx} events={log.events} showOrganization={true} empty={t('review.audit.empty')} caption={t('review.audit.title')} />
        {pages > 1 ? (
          <nav aria-label={t('review.pages')} class="pagination">
            <ul>
              {page > 1 ? (
                <li>
                  <a href={href(filterPath(page - 1))}>{t('pagination.previous')}</a>
                </li>
              ) : null}
              <li aria-current="page">{t('pagination.current', { n: page })}</li>
              {page < pages ? (
                <li>
                  <a href={href(filterPath(page + 1))}>{t('pagination.next')}</a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </div>
    </Layout>
  );
}
