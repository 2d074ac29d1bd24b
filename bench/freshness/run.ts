/**
 * npm run bench:freshness — a simulated year of the freshness machinery (src/modules/freshness).
 *
 * A few thousand published organisations (default 3,000, 1–5 activities each) whose data was last checked evenly
 * over the 12 months before the start; one or two maintainers each; a regional administrator for Pohjois-Savo,
 * a platform administrator for the rest. Every simulated day at 06:30 Finnish time the real daily run
 * (`runFreshnessCheck`) goes with the simulated clock; the e-mails it queues are "delivered" by reading the links
 * out of the send-mail jobs, and the maintainers answer with the probabilities below (through the real
 * one-click confirmation, or the signed-in button after an administrator's call).
 *
 * Database: PGlite in memory; with DATABASE_URL set, a temporary PostgreSQL database next to it (dropped after).
 * Options: --orgs N (3000), --days N (365), --seed S, plus the probabilities (see `defaults`).
 */
import { parseArgs } from 'node:util';
import { cpus, totalmem } from 'node:os';
import { sql } from 'kysely';
import { createTestDatabase } from '../../tests/support/test-db.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/platform/db/database.js';
import { stableId } from '../../src/platform/ids.js';
import { Random } from '../../src/modules/demo/random.js';
import { confirmFreshness } from '../../src/modules/freshness/confirm-freshness.js';
import { daysBefore, helsinkiDate } from '../../src/modules/freshness/freshness-dates.js';
import { markOrganizationChecked } from '../../src/modules/freshness/mark-organization-checked.js';
import { runFreshnessCheck, type FreshnessRunResult } from '../../src/modules/freshness/run-freshness-check.js';

const defaults = {
  orgs: 3000,
  days: 365,
  seed: 'freshness-2026',
  start: '2026-01-01',
  /** Confirms within a week (uniformly 0–6 days) of the first reminder. */
  pFirst: 0.55,
  /** Of those who did not: confirms within a week of the second reminder. */
  pSecond: 0.25,
  /** Of those still silent: the regional administrator calls, and the data is confirmed 3–21 days after the notice. */
  pAdmin: 0.4,
  /**
   * Still silent when the data gets marked "may be out of date" (12 months): the reminders start over; the first
   * answer is this much less likely than the first time (the second-reminder and call rates stay the same).
   */
  markedFactor: 0.5,
  /** An organisation edits its data on its own (an approved change sets last checked), per half-year. */
  pEditHalfYear: 0.1,
};

const { values } = parseArgs({
  options: {
    orgs: { type: 'string' },
    days: { type: 'string' },
    seed: { type: 'string' },
    'p-first': { type: 'string' },
    'p-second': { type: 'string' },
    'p-admin': { type: 'string' },
    'p-edit': { type: 'string' },
  },
});
const opts = {
  ...defaults,
  orgs: Number(values.orgs ?? defaults.orgs),
  days: Number(values.days ?? defaults.days),
  seed: values.seed ?? defaults.seed,
  pFirst: Number(values['p-first'] ?? defaults.pFirst),
  pSecond: Number(values['p-second'] ?? defaults.pSecond),
  pAdmin: Number(values['p-admin'] ?? defaults.pAdmin),
  pEditHalfYear: Number(values['p-edit'] ?? defaults.pEditHalfYear),
};

const DAY = 86_400_000;
const settings = loadConfig({}).freshness;
const rng = new Random(opts.seed);
/** 06:30 in Finland (winter time) on day `n` of the simulation. */
const dayAt = (n: number) => new Date(Date.parse(`${opts.start}T04:30:00Z`) + n * DAY);

async function seed(db: Database): Promise<string[]> {
  const ps = await db.selectFrom('region_municipality').select('municipality_code').where('region_id', '=', 'pohjois-savo').execute();
  const pohjoisSavo = ps.map((r) => r.municipality_code);
  const elsewhere = ['091', '837', '564', '179', '853'];
  const orgIds: string[] = [];
  const orgs: Record<string, unknown>[] = [];
  const acts: Record<string, unknown>[] = [];
  const actMunicipalities: { activity_id: string; municipality_code: string }[] = [];
  const users: { id: string; email: string; lang: 'fi' | 'sv' | 'en' }[] = [];
  const roles: { user_id: string; role: 'maintainer' | 'regional_admin' | 'platform_admin'; scope_id: string }[] = [];
  for (let i = 0; i < opts.orgs; i++) {
    const id = stableId('bench-fresh-org', String(i));
    orgIds.push(id);
    const municipality = rng.float() < 0.7 ? pohjoisSavo[rng.int(0, pohjoisSavo.length - 1)]! : elsewhere[rng.int(0, elsewhere.length - 1)]!;
    const checked = daysBefore(opts.start, rng.int(0, 364));
    orgs.push({ id, name_fi: `Simuloitu yhdistys ${i + 1} ry`, status: 'published', last_checked: checked, municipality_code: municipality, social_links: '[]' });
    const n = rng.int(1, 5);
    for (let k = 0; k < n; k++) {
      const aid = stableId('bench-fresh-act', `${i}-${k}`);
      acts.push({ id: aid, organization_id: id, name_fi: `Toiminta ${k + 1}`, status: 'published', last_checked: checked });
      actMunicipalities.push({ activity_id: aid, municipality_code: municipality });
    }
    const maintainers = rng.float() < 0.3 ? 2 : 1;
    for (let m = 0; m < maintainers; m++) {
      const uid = stableId('bench-fresh-user', `${i}-${m}`);
      users.push({ id: uid, email: `yllapitaja${i + 1}-${m + 1}@example.org`, lang: rng.float() < 0.1 ? 'sv' : 'fi' });
      roles.push({ user_id: uid, role: 'maintainer', scope_id: id });
    }
  }
  users.push({ id: stableId('bench-fresh-user', 'regional'), email: 'alue@example.org', lang: 'fi' });
  roles.push({ user_id: stableId('bench-fresh-user', 'regional'), role: 'regional_admin', scope_id: 'pohjois-savo' });
  users.push({ id: stableId('bench-fresh-user', 'platform'), email: 'alusta@example.org', lang: 'fi' });
  roles.push({ user_id: stableId('bench-fresh-user', 'platform'), role: 'platform_admin', scope_id: '' });
  const chunks = async <T>(rows: T[], insert: (part: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
  };
  await chunks(orgs, (p) => db.insertInto('organization').values(p as never).execute());
  await chunks(acts, (p) => db.insertInto('activity').values(p as never).execute());
  await chunks(actMunicipalities, (p) => db.insertInto('activity_municipality').values(p).execute());
  await chunks(users, (p) => db.insertInto('app_user').values(p).execute());
  await chunks(roles, (p) => db.insertInto('user_role').values(p).execute());
  await sql`analyze`.execute(db);
  return orgIds;
}

interface Delivered {
  orgId: string;
  second: boolean;
  marked: boolean;
  token: string;
}

/** Reads the reminders out of the queued e-mails (their "delivery") and empties the queue. */
async function deliver(db: Database): Promise<Delivered[]> {
  const { rows } = await sql<{ payload: { template: string; params: { organizationId: string; second: boolean; marked?: boolean; token: string } } }>`
    select payload from job where name = 'send-mail'`.execute(db);
  await sql`delete from job where name = 'send-mail'`.execute(db);
  return rows
    .filter((r) => r.payload.template === 'freshness-reminder')
    .map((r) => ({ orgId: r.payload.params.organizationId, second: r.payload.params.second, marked: r.payload.params.marked === true, token: r.payload.params.token }));
}

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  else delete process.env.TEST_DATABASE_URL;
  const database = await createTestDatabase();
  const db = database.db;
  const label = database.url ? `PostgreSQL ${(await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]?.v}` : 'PGlite (in memory)';
  const started = Date.now();
  const orgIds = await seed(db);
  const seededMs = Date.now() - started;

  /** Planned actions per simulated day. */
  const plan = new Map<number, { kind: 'link' | 'call' | 'edit'; orgId: string; token?: string }[]>();
  const planAt = (day: number, a: { kind: 'link' | 'call' | 'edit'; orgId: string; token?: string }) => {
    const list = plan.get(day) ?? [];
    list.push(a);
    plan.set(day, list);
  };
  /** Per organisation and cycle: 'first' answered at the first reminder, 'second', 'admin', or 'silent'. */
  const decided = new Map<string, string>();
  const pEditDaily = 1 - (1 - opts.pEditHalfYear) ** (1 / 182);

  const totals: FreshnessRunResult = { cyclesClosed: 0, firstReminders: 0, markedReminders: 0, secondReminders: 0, adminsTold: 0, hidden: 0, unhidden: 0, mails: { reminder: 0, secondReminder: 0, admin: 0 } };
  const outcome = { linkConfirms: 0, linkRefused: 0, calls: 0, edits: 0 };
  let runMs = 0;

  for (let day = 0; day < opts.days; day++) {
    const now = dayAt(day);
    const t0 = Date.now();
    const r = await runFreshnessCheck({ db, settings, now });
    runMs += Date.now() - t0;
    totals.cyclesClosed += r.cyclesClosed;
    totals.firstReminders += r.firstReminders;
    totals.secondReminders += r.secondReminders;
    totals.markedReminders += r.markedReminders;
    totals.adminsTold += r.adminsTold;
    totals.hidden += r.hidden;
    totals.unhidden += r.unhidden;
    totals.mails.reminder += r.mails.reminder;
    totals.mails.secondReminder += r.mails.secondReminder;
    totals.mails.admin += r.mails.admin;

    // Each organisation decides once per cycle (at its first reminder) how it will react; one maintainer acts.
    const seen = new Set<string>();
    for (const mail of await deliver(db)) {
      if (seen.has(`${mail.orgId}:${mail.second}`)) continue;
      seen.add(`${mail.orgId}:${mail.second}`);
      if (!mail.second) {
        const x = rng.float();
        const choice = x < opts.pFirst * (mail.marked ? opts.markedFactor : 1) ? 'first' : rng.float() < opts.pSecond ? 'second' : rng.float() < opts.pAdmin ? 'admin' : 'silent';
        decided.set(mail.orgId, choice);
        if (choice === 'first') planAt(day + rng.int(0, 6), { kind: 'link', orgId: mail.orgId, token: mail.token });
      } else if (decided.get(mail.orgId) === 'second') {
        planAt(day + rng.int(0, 6), { kind: 'link', orgId: mail.orgId, token: mail.token });
      }
    }
    if (r.adminsTold > 0) {
      const told = await sql<{ organization_id: string }>`
        select organization_id from freshness_cycle where admins_told_at = ${now.toISOString()}::timestamptz`.execute(db);
      for (const t of told.rows) if (decided.get(t.organization_id) === 'admin') planAt(day + rng.int(3, 21), { kind: 'call', orgId: t.organization_id });
    }
    for (const id of orgIds) if (rng.float() < pEditDaily) planAt(day, { kind: 'edit', orgId: id });

    // The day's answers, later in the day than the run.
    const later = new Date(now.getTime() + 5 * 3_600_000);
    for (const a of plan.get(day) ?? []) {
      if (a.kind === 'link') {
        const ok = await confirmFreshness({ db, token: a.token!, now: later });
        if (ok) outcome.linkConfirms += 1;
        else outcome.linkRefused += 1;
      } else if (a.kind === 'call') {
        const ok = await db.transaction().execute((trx) => markOrganizationChecked(trx, { organizationId: a.orgId, actorId: null, via: 'account', now: later }));
        if (ok) outcome.calls += 1;
      } else {
        // An edit approved by a regional administrator: the review sets last checked on the organisation and activities.
        const today = helsinkiDate(later);
        await db.updateTable('organization').set({ last_checked: today }).where('id', '=', a.orgId).execute();
        await db.updateTable('activity').set({ last_checked: today }).where('organization_id', '=', a.orgId).where('status', '=', 'published').execute();
        outcome.edits += 1;
      }
    }
    plan.delete(day);
    if (day % 30 === 0) process.stderr.write(`day ${day}: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }

  const end = helsinkiDate(dayAt(opts.days));
  const { rows } = await sql<{ activities: number; within12: number; within6: number; hidden_acts: number; hidden_orgs: number; marked: number }>`
    select count(*)::int as activities,
      count(*) filter (where coalesce(a.last_checked, o.last_checked) > ${daysBefore(end, 365)}::date)::int as within12,
      count(*) filter (where coalesce(a.last_checked, o.last_checked) > ${daysBefore(end, 182)}::date)::int as within6,
      count(*) filter (where o.stale_hidden_at is not null)::int as hidden_acts,
      count(distinct o.id) filter (where o.stale_hidden_at is not null)::int as hidden_orgs,
      count(*) filter (where coalesce(a.last_checked, o.last_checked) <= ${daysBefore(end, settings.markAfterDays)}::date)::int as marked
    from activity a join organization o on o.id = a.organization_id
    where a.status = 'published' and o.status = 'published'`.execute(db);
  const s = rows[0]!;
  const pct = (n: number) => `${((100 * n) / s.activities).toFixed(1)} %`;
  console.log(`Freshness simulation: ${opts.orgs} organisations, ${s.activities} published activities, ${opts.days} days from ${opts.start}, ${label}`);
  console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}`);
  console.log(`probabilities: first reminder ${opts.pFirst}, second ${opts.pSecond} of the rest, administrator's call ${opts.pAdmin} of the rest, own edits ${opts.pEditHalfYear} per half-year; at the 12-month restart the first reminder × ${opts.markedFactor}`);
  console.log(`settings: ${JSON.stringify(settings)}`);
  console.log('');
  console.log(`checked within 12 months at the year's end: ${s.within12} / ${s.activities} = ${pct(s.within12)} (goal ≥ 90 %)`);
  console.log(`checked within 6 months at the year's end:  ${s.within6} / ${s.activities} = ${pct(s.within6)}`);
  console.log(`marked "may be out of date" at the end:     ${s.marked} (${pct(s.marked)})`);
  console.log(`hidden from search at the end:              ${s.hidden_acts} activities of ${s.hidden_orgs} organisations; hidden during the year: ${totals.hidden} organisations, back after confirmation: ${totals.unhidden} (+ those confirmed directly)`);
  console.log(`e-mails: first reminders ${totals.mails.reminder} (${totals.firstReminders} organisations, + ${totals.markedReminders} asked again at 12 months), second reminders ${totals.mails.secondReminder} (${totals.secondReminders}), to administrators ${totals.mails.admin} (about ${totals.adminsTold} organisations), total ${totals.mails.reminder + totals.mails.secondReminder + totals.mails.admin}`);
  console.log(`answers: one-click confirmations ${outcome.linkConfirms} (refused ${outcome.linkRefused}), after an administrator's call ${outcome.calls}, own edits ${outcome.edits}`);
  console.log(`time: seeding ${(seededMs / 1000).toFixed(1)} s, ${opts.days} daily runs ${(runMs / 1000).toFixed(1)} s (${(runMs / opts.days).toFixed(0)} ms per run), total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
