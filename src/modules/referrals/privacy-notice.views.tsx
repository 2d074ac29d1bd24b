import type { MessageKey } from '../../platform/i18n/catalog.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** The sections of the privacy notice, in order: each a heading and a paragraph (contact-request.messages.ts). */
const SECTIONS = ['controller', 'collected', 'purpose', 'access', 'security', 'retention', 'rights', 'tracking'] as const;

/**
 * /privacy: the privacy notice (tietosuojaseloste) of contact requests, in the page's language. The erasure times
 * are the configured ones (CONTACT_REQUEST_ERASE_AFTER_CLOSED_DAYS / _AFTER_DAYS), so the notice says what the
 * erasure job does.
 */
export function PrivacyNoticePage({ ctx, retention }: { ctx: PageContext; retention: { eraseAfterClosedDays: number; eraseAfterDays: number } }) {
  const { t } = ctx;
  const params = { closedDays: retention.eraseAfterClosedDays, maxDays: retention.eraseAfterDays };
  return (
    <Layout ctx={ctx} title={t('referrals.privacy.title')} description={t('referrals.privacy.lead')}>
      <article class="privacy-notice guide">
        <h1>{t('referrals.privacy.title')}</h1>
        <p class="lead">{t('referrals.privacy.lead')}</p>
        {SECTIONS.map((s) => (
          <section aria-labelledby={`privacy-${s}`}>
            <h2 id={`privacy-${s}`}>{t(`referrals.privacy.${s}.heading` as MessageKey)}</h2>
            <p>{t(`referrals.privacy.${s}.body` as MessageKey, params)}</p>
          </section>
        ))}
      </article>
    </Layout>
  );
}
