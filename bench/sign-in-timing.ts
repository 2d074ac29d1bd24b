/**
 * Does the time of `POST /sign-in` tell a registered address from an unknown one (issue 11, A6)? Asks for links for
 * known and unknown addresses in alternation through the whole app (app.inject: CSRF, rate limits, the use case)
 * and prints the medians and the 90th percentiles. PGlite in memory by default, or a fresh PostgreSQL database:
 *
 *   npm run bench:sign-in
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:sign-in
 *
 * Every request comes from its own address and asks for its own e-mail address, so no rate limit is reached.
 */
import { createTestService } from '../tests/support/test-app.js';
import { newId } from '../src/platform/ids.js';

const ROUNDS = Number(process.env.ROUNDS ?? 300);
const WARM_UP = 30;

const service = await createTestService();
try {
  const { app } = service;
  const db = service.database.db;
  await db
    .insertInto('app_user')
    .values(Array.from({ length: ROUNDS + WARM_UP }, (_, i) => ({ id: newId(), email: `tunnettu${i}@example.org`, lang: 'fi' as const })))
    .execute();

  const form = await app.inject({ method: 'GET', url: '/sign-in', remoteAddress: '203.0.113.1' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  const cookie = form.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

  let ip = 0;
  const ask = async (email: string): Promise<number> => {
    ip += 1;
    const started = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email, _csrf: csrf }).toString(),
      remoteAddress: `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
    });
    const ms = performance.now() - started;
    if (res.statusCode !== 303) throw new Error(`POST /sign-in answered ${res.statusCode}`);
    return ms;
  };

  for (let i = 0; i < WARM_UP; i++) {
    await ask(`tunnettu${ROUNDS + i}@example.org`);
    await ask(`tuntematon-lammitys${i}@example.org`);
  }
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate which goes first, so that neither always follows the other.
    if (i % 2 === 0) {
      known.push(await ask(`tunnettu${i}@example.org`));
      unknown.push(await ask(`tuntematon${i}@example.org`));
    } else {
      unknown.push(await ask(`tuntematon${i}@example.org`));
      known.push(await ask(`tunnettu${i}@example.org`));
    }
  }
  const at = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  };
  console.log(`${service.database.kind}: POST /sign-in, ${ROUNDS} known and ${ROUNDS} unknown addresses, alternating`);
  console.log(`known:   median ${at(known, 0.5)} ms, p90 ${at(known, 0.9)} ms`);
  console.log(`unknown: median ${at(unknown, 0.5)} ms, p90 ${at(unknown, 0.9)} ms`);
} finally {
  await service.close();
}
