import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import { SIGN_IN_LIMITS } from '../auth/auth.plugin.js';

/** Edge defences (docs/security.md "Edge defences"): what reaches the app from a hostile client. */
let service: Service;
before(async () => {
  service = await createTestService();
});
after(async () => {
  await service.close();
});

test('a forged X-Forwarded-For does not escape the per-IP sign-in limit (TRUST_PROXY unset)', async () => {
  const b = new TestBrowser(service.app, '198.51.100.150');
  const csrf = TestBrowser.csrf((await b.get('/sign-in')).body);
  let last;
  for (let i = 0; i <= SIGN_IN_LIMITS.perIp; i++) {
    last = await service.app.inject({
      method: 'POST',
      url: '/sign-in',
      remoteAddress: b.ip,
      headers: {
        cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': `203.0.113.${i + 1}`,
      },
      payload: new URLSearchParams({ email: `vaihtuva${i}@example.org`, _csrf: csrf }).toString(),
    });
  }
  assert.equal(last!.statusCode, 429);
});
