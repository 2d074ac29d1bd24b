import { pick } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { centreName } from './centres.views.js';
import type { NoticeBoard } from './get-notice-board.js';
import type { Kiosk } from './get-kiosk.js';
import { formatDate } from '../../platform/i18n/i18n.js';

/** Seconds each slide is shown, and between checks for new content. */
export const KIOSK_SLIDE_SECONDS = 12;
export const KIOSK_REFRESH_SECONDS = 120;

/**
 * The info screen's page: a bare full-screen document (no site header: it runs unattended on a screen player), every
 * current slide as a figure, the first one shown. `/static/js/kiosk.js` (ES5, no framework) rotates them and fetches
 * `content` for new slides, keeping the last good ones when the network drops. Without the script the first slide
 * stays.
 */
export function KioskPage({ ctx, kiosk, contentUrl }: { ctx: PageContext; kiosk: Kiosk; contentUrl: string }) {
  const { t } = ctx;
  const name = pick(ctx.lang, kiosk.centreFi, kiosk.centreSv);
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${t('centres.kiosk.title')} – ${name}`}</title>
        <link rel="stylesheet" href="/static/kiosk.css" />
        <script src="/static/js/kiosk.js" defer />
      </head>
      <body class="kiosk">
        <main id="kiosk" data-content={contentUrl} data-slide-seconds={String(KIOSK_SLIDE_SECONDS)} data-refresh-seconds={String(KIOSK_REFRESH_SECONDS)}>
          <h1 class="kiosk-title">{name}</h1>
          <p class="kiosk-empty" hidden={kiosk.slides.length > 0}>
            {t('centres.kiosk.empty')}
          </p>
          <div class="kiosk-slides" aria-live="off">
            {kiosk.slides.map((s, i) => (
              <figure class="kiosk-slide" hidden={i > 0} data-id={s.id}>
                <img src={s.src} alt={s.altText} />
              </figure>
            ))}
          </div>
        </main>
      </body>
    </html>
  );
}

/** The notice board for print (A4): current image posters and slides one per page, then one page of NGO activities. */
export function NoticeBoardPage({ ctx, board }: { ctx: PageContext; board: NoticeBoard }) {
  const { t } = ctx;
  const c = board.centre;
  const name = centreName(ctx, c);
  const municipality = pick(ctx.lang, c.municipalityFi, c.municipalitySv);
  return (
    <Layout ctx={ctx} title={t('centres.print.titleOf', { name })} breadcrumbs={[[t('centres.list.title'), '/centres'], [name, `/centres/${c.id}`], [t('centres.print.title'), ctx.path]]}>
      <div class="notice-board">
        <h1>{t('centres.print.titleOf', { name })}</h1>
        <p class="no-print">{t('centres.print.intro', { date: formatDate(board.today, ctx.lang) })}</p>
        <section aria-labelledby="board-posters">
          <h2 id="board-posters">{t('centres.print.posters')}</h2>
          {board.posters.length === 0 ? (
            <p>{t('centres.print.postersNone')}</p>
          ) : (
            board.posters.map((p) => (
              <figure class="board-poster">
                {p.contentType === 'application/pdf' ? (
                  <p>
                    <a href={ctx.href(`/materials/${p.id}/file`)}>{t('centres.print.pdfPoster', { title: p.title })}</a>
                  </p>
                ) : (
                  <img src={`/materials/${p.id}/file`} alt={p.altText} />
                )}
                <figcaption>
                  {p.title} – {p.organizationFi} ({t('centres.print.until', { date: formatDate(p.validUntil, ctx.lang) })})
                </figcaption>
              </figure>
            ))
          )}
        </section>
        <section aria-labelledby="board-activities" class="board-activities">
          <h2 id="board-activities">{t('centres.print.activities', { municipality })}</h2>
          {board.activities.length === 0 ? (
            <p>{t('centres.page.activitiesNone')}</p>
          ) : (
            <ul>
              {board.activities.map((a) => (
                <li>
                  <strong>{pick(ctx.lang, a.nameFi, a.nameSv, a.nameEn)}</strong> – {pick(ctx.lang, a.organizationFi, a.organizationSv, a.organizationEn)}
                  {[a.phone, a.email].filter(Boolean).length > 0 ? <span>: {[a.phone, a.email].filter(Boolean).join(', ')}</span> : null}
                </li>
              ))}
            </ul>
          )}
          <p class="hint">{t('centres.print.more')}</p>
        </section>
      </div>
    </Layout>
  );
}
