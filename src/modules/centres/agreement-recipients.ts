import type { Database } from '../../platform/db/database.js';
import type { AgreementRow } from './agreements.repo.js';
import { listMaintainerRecipients } from './bulletins.repo.js';

/**
 * Who is e-mailed on the organisation's side of an agreement: the contact person the organisation named in its
 * proposal; for a request started by the centre (whose contact fields are the centre's), the organisation's maintainers.
 */
export async function ngoRecipients(db: Database, agreement: Pick<AgreementRow, 'initiatedBy' | 'organizationId' | 'contactEmail'>): Promise<{ email: string; lang: 'fi' | 'sv' | 'en' }[]> {
  if (agreement.initiatedBy === 'centre') return listMaintainerRecipients(db, agreement.organizationId);
  return [{ email: agreement.contactEmail, lang: 'fi' }];
}
