import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFieldCipher, newDataKey } from '../../platform/crypto/field-cipher.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../platform/db/database.js';
import { loadReferenceData } from '../reference/load-reference-data.js';
import { eraseExpiredContactRequests } from './erase-expired-contact-requests.js';
import { ORGS, addRetentionFixture } from './retention.fixture.js';
import { sendContactRequest } from './send-contact-request.js';

/**
 * The embedded database's files on disk (PGlite under DATA_DIR, whatever TEST_DATABASE_URL says: only the embedded
 * database has files this process can read): after a professional's request is sent through the real use case and
 * after it is erased, no file (tables, indexes, write-ahead log) holds the client's name, phone number, e-mail
 * address, message or preferred time in clear, in any of the spellings a number is typed in.
 */

const CLIENT = {
  firstName: 'Kuutamoinen',
  phone: '+358401239876',
  email: 'kuutamoinen.asiakas@example.org',
  preferredTime: 'Keskiviikkoisin kello kymmenen',
  message: 'Tarvitsisin vertaistukea yksinaisyyteen',
};
const SECRETS = [CLIENT.firstName, CLIENT.phone, '0401239876', '401239876', CLIENT.email, CLIENT.preferredTime, CLIENT.message, 'ammattilainen.seuranta@example.org', 'Kuopion sosiaalitoimi'];

let dir: string;
let handle: DatabaseHandle;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tarjotin-privacy-'));
  handle = await openDatabase({ dataDir: dir });
  await migrateToLatest(handle.db);
  await loadReferenceData({ db: handle.db });
  await addRetentionFixture(handle.db);
});

after(async () => {
  rmSync(dir, { recursive: true, force: true });
});

function files(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every file under the data directory, searched for each secret as UTF-8 bytes. */
function assertNoSecretsOnDisk(when: string) {
  const all = files(dir);
  assert.ok(all.length > 100, 'the database files are there');
  let bytes = 0;
  for (const path of all) {
    const content = readFileSync(path);
    bytes += content.length;
    for (const s of SECRETS) assert.equal(content.indexOf(Buffer.from(s, 'utf8')), -1, `${when}: ${path} holds "${s}" in clear`);
  }
  assert.ok(bytes > 1_000_000, 'the files were read');
}

test('the database files hold no client details in clear, after sending and after erasure', async () => {
  const cipher = createFieldCipher([newDataKey('f1')]);
  const sent = await sendContactRequest({
    db: handle.db,
    cipher,
    lang: 'fi',
    eraseAfterDays: 180,
    input: {
      sender: 'professional',
      senderUnit: 'Kuopion sosiaalitoimi',
      followUpEmail: 'ammattilainen.seuranta@example.org',
      firstName: CLIENT.firstName,
      phone: CLIENT.phone,
      email: CLIENT.email,
      preferredTime: CLIENT.preferredTime,
      contactLang: 'fi',
      message: CLIENT.message,
      municipalityCode: null,
      organizationIds: [ORGS.savoA, ORGS.helsinki],
      activityIds: [],
    },
  });
  assert.match(sent.reference, /^YP-/);
  const row = await handle.db.selectFrom('contact_request').selectAll().where('reference', '=', sent.reference).executeTakeFirstOrThrow();
  assert.equal(cipher.decrypt(row.client_phone_enc!, 'contact_request.client_phone'), CLIENT.phone, 'the value is stored, encrypted');
  await handle.close();
  assertNoSecretsOnDisk('after sending');

  handle = await openDatabase({ dataDir: dir });
  const result = await eraseExpiredContactRequests({ db: handle.db, settings: { eraseAfterClosedDays: 1, eraseAfterDays: 1 }, now: new Date(Date.now() + 2 * 86_400_000) });
  assert.equal(result.age, 1);
  await handle.close();
  assertNoSecretsOnDisk('after erasure');
});
