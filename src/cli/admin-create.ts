// `npm run admin:create -- EMAIL`: creates the user with this address (if new) and makes it a platform
// administrator (idempotent), then tells how to sign in. Without SMTP_URL it prints a one-time sign-in link, because
// the outbox where demo mail is read is itself behind sign-in. It reads its settings as the app does (environment,
// then `.env` in the working directory), and says which BASE_URL and database it used: the link only works when
// PORT / BASE_URL / DATABASE_URL / DATA_DIR are the app's.
import { loadConfigOrExit, type Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../platform/db/database.js';
import { createPlatformAdmin } from '../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../platform/auth/issue-sign-in-link.js';
import { requestSignInLink } from '../platform/auth/request-sign-in-link.js';
import { SIGN_IN_LINK_MINUTES } from '../platform/auth/auth-tokens.js';

async function adminCreate(config: Config, email: string): Promise<void> {
  // Said first, so it is on the screen even when the database cannot be opened.
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
  const from = config.envFile ? `the environment and ${config.envFile}` : 'the environment (no .env file here)';
  console.log(`Using BASE_URL=${config.baseUrl} and ${where}, from ${from}.`);
  console.log('The app must run with the same PORT / BASE_URL / DATABASE_URL / DATA_DIR, or the link will not work.');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    const user = await createPlatformAdmin({ db: database.db, email });
    console.log(`${user.email} is a platform administrator.`);
    if (config.smtpUrl) {
      await requestSignInLink({ db: database.db, email: user.email, lang: user.lang });
      console.log(`A sign-in link is on its way to ${user.email} (sent by the running service's job worker).`);
      console.log(`Or ask for one at ${config.baseUrl}/sign-in`);
    } else {
      const token = await issueSignInLink({ db: database.db, email: user.email });
      console.log(`SMTP_URL is not set, so here is a one-time sign-in link (valid ${SIGN_IN_LINK_MINUTES} minutes):`);
      console.log(`  ${config.baseUrl}/sign-in/${token}`);
      console.log(`Later links arrive in the outbox: sign in, then open ${config.baseUrl}/admin/outbox`);
    }
  } finally {
    await database.close();
  }
}

const email = process.argv.slice(2).find((a) => a !== '--');
if (!email) {
  console.error('Usage: npm run admin:create -- EMAIL');
  process.exit(64);
}
const config = loadConfigOrExit();
adminCreate(config, email).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
