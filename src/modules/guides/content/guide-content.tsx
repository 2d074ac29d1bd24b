import type { ComponentChildren, VNode } from 'preact';
import type { Lang } from '../../../platform/i18n/i18n.js';
import type { PageContext } from '../../../platform/views/page-context.js';

/**
 * A long guide text written once per language. Guide bodies are per-language components (long prose reads and
 * reviews better as a whole text than as hundreds of message keys); short labels stay in guides.messages.ts.
 * A body starts below the page's h1, so its own headings start at h2.
 */
export type GuideBody = (props: { ctx: PageContext }) => VNode<any>;
export type GuideContent = Record<Lang, GuideBody>;

/** A box that marks something as not yet available, labelled "Coming later" in the page language. */
export function ComingLater({ ctx, children }: { ctx: PageContext; children: ComponentChildren }) {
  return (
    <div class="guide-coming">
      <p class="guide-coming-label">
        <strong>{ctx.t('guides.comingLater')}</strong>
      </p>
      {children}
    </div>
  );
}

/** The date the accessibility statement was prepared (ISO). */
export const STATEMENT_DATE = '2026-11-23';

/** The fictional feedback address of the accessibility statement. */
export const ACCESSIBILITY_EMAIL = 'saavutettavuus@tarjotin.example.org';

/** A minimal HSDS 3.0 import file in the Finnish profile (fictional organisation, valid business ID 1234567-1). */
export const IMPORT_EXAMPLE = `[
  {
    "id": "0b9c1b52-6f1e-4c3a-9d7e-000000000001",
    "name": "Esimerkkilän Omaishoitajat ry",
    "description": "Vertaistukea ja virkistystä omaishoitajille.",
    "email": "info@example.org",
    "organization_identifiers": [
      {
        "id": "0b9c1b52-6f1e-4c3a-9d7e-000000000002",
        "identifier_type": "Y-tunnus",
        "identifier": "1234567-1"
      }
    ],
    "services": [
      {
        "id": "0b9c1b52-6f1e-4c3a-9d7e-000000000003",
        "name": "Omaishoitajien vertaisryhmä",
        "status": "active",
        "service_areas": [
          {
            "id": "0b9c1b52-6f1e-4c3a-9d7e-000000000004",
            "name": "Kuopio",
            "uri": "http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/297"
          }
        ]
      }
    ]
  }
]`;
