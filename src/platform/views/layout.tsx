import type { ComponentChildren } from 'preact';
import { LANGS, type Lang } from '../i18n/i18n.js';
import { headerLinkText, localizedPath, type PageContext } from './page-context.js';

const langNames: Record<Lang, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string;
  children: ComponentChildren;
  /** Extra breadcrumb trail below the header: pairs of [label, path]; the last is the current page. */
  breadcrumbs?: [string, string][];
  /** Include the small enhancement script (suggestions etc.). Pages work without it. */
  script?: string;
  /** One more stylesheet after the site's (an absolute path on this site, e.g. a region's /regions/{slug}/theme.css). */
  stylesheet?: string;
}

/** The page frame: skip link, header with language switch and navigation, main, footer. One h1 lives in children. */
export function Layout({ ctx, title, description, children, breadcrumbs, script, stylesheet }: LayoutProps) {
  const { t, lang, href } = ctx;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t('site.name')}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href="/static/site.css" />
        <link rel="stylesheet" href="/static/print.css" media="print" />
        {stylesheet ? <link rel="stylesheet" href={stylesheet} /> : null}
        {LANGS.map((l) => (
          <link rel="alternate" hrefLang={l} href={localizedPath(l, ctx.path)} />
        ))}
        {script ? <script src={`/static/${script}`} defer /> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href={href('/')}>
              <span class="brand-name">{t('site.name')}</span>
              <span class="brand-tagline">{t('site.tagline')}</span>
            </a>
            <nav aria-label={t('nav.language')} class="lang-switch">
              <ul>
                {LANGS.map((l) => (
                  <li>
                    {l === lang ? (
                      <span aria-current="true" lang={l}>
                        {langNames[l]}
                      </span>
                    ) : (
                      <a href={localizedPath(l, ctx.path)} lang={l} hrefLang={l}>
                        {langNames[l]}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
            <nav aria-label={t('nav.user')} class="user-nav">
              <ul>
                {ctx.user ? (
                  <>
                    {ctx.user.admin ? (
                      <>
                        <li>
                          <a href={href('/admin/review')}>{t('nav.review')}</a>
                        </li>
                        <li>
                          <a href={href('/admin/audit')}>{t('nav.audit')}</a>
                        </li>
                        <li>
                          <a href={href('/admin/freshness')}>{t('freshness.admin.title')}</a>
                        </li>
                        <li>
                          <a href={href('/admin/contact-requests/stats')}>{t('referralStats.nav')}</a>
                        </li>
                        <li>
                          <a href={href('/admin/users')}>{t('nav.admins')}</a>
                        </li>
                        {ctx.user.platformAdmin ? (
                          <li>
                            <a href={href('/admin/regions')}>{t('regions.admin.title')}</a>
                          </li>
                        ) : null}
                      </>
                    ) : null}
                    <li>
                      <a href={href('/my/organisations')}>{t('submissions.my.title')}</a>
                    </li>
                    <li>
                      <a href={href('/account')}>{t('nav.account')}</a>
                    </li>
                  </>
                ) : (
                  <li>
                    <a href={href('/sign-in')}>{t('nav.signIn')}</a>
                  </li>
                )}
              </ul>
            </nav>
          </div>
          <nav aria-label={t('nav.main')} class="main-nav">
            <ul class="wrap">
              <li>
                <a href={href('/')}>{t('nav.search')}</a>
              </li>
              <li>
                <a href={href('/organisations')}>{t('nav.organisations')}</a>
              </li>
              <li>
                <a href={href('/guides')}>{t('nav.guides')}</a>
              </li>
              <li>
                <a href={href('/api')}>{t('nav.api')}</a>
              </li>
              {(ctx.headerLinks ?? []).map((l) => (
                <li>
                  <a href={href(l.href)} id={l.id} aria-current={ctx.path.split('?')[0] === l.href ? 'page' : undefined}>
                    {headerLinkText(l)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {breadcrumbs && breadcrumbs.length > 0 ? (
          <nav aria-label={t('nav.breadcrumb')} class="breadcrumbs wrap">
            <ol>
              <li>
                <a href={href('/')}>{t('nav.home')}</a>
              </li>
              {breadcrumbs.map(([label, path], i) => (
                <li>{i === breadcrumbs.length - 1 ? <span aria-current="page">{label}</span> : <a href={href(path)}>{label}</a>}</li>
              ))}
            </ol>
          </nav>
        ) : null}
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        {(ctx.asides ?? []).map((aside) => (
          <aside class="wrap page-aside" aria-labelledby={aside.titleId}>
            {aside.render(ctx)}
          </aside>
        ))}
        <footer class="site-footer">
          <div class="wrap">
            <ul>
              <li>
                <a href={href('/for-organisations')}>{t('submissions.nav.forOrganisations')}</a>
              </li>
              <li>
                <a href={href('/accessibility')}>{t('footer.accessibility')}</a>
              </li>
              <li>
                <a href={href('/privacy')}>{t('referrals.privacy.footer')}</a>
              </li>
              <li>
                <a href={href('/guides/plain-language')}>{t('footer.plain')}</a>
              </li>
              <li>
                <a href={href('/api')}>{t('nav.api')}</a>
              </li>
            </ul>
            <p>{t('footer.opendata')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

export function ErrorPage({ ctx, title, body, link }: { ctx: PageContext; title: string; body: string; link?: { label: string; href: string } }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      {link ? (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      ) : null}
      <p>
        <a href={ctx.href('/')}>{ctx.t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
