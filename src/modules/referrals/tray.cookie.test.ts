import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stableId } from '../../platform/ids.js';
import { isAppError } from '../../platform/errors.js';
import { addToTray } from './add-to-tray.js';
import { removeFromTray } from './remove-from-tray.js';
import { MAX_RECIPIENTS } from './referrals.types.js';
import { isOnTray, parseTray, serializeTray, trayCookieName, type TrayItem } from './tray.cookie.js';
import { namedItems, sameSitePath, trayItemForm } from './tray.schema.js';

const id = (n: number) => stableId('tray-test', String(n));
const org = (n: number): TrayItem => ({ kind: 'organization', id: id(n) });
const act = (n: number): TrayItem => ({ kind: 'activity', id: id(n) });

test('the cookie round-trips organisations and activities in order', () => {
  const items = [org(1), act(2), org(3)];
  assert.equal(serializeTray(items), `o:${id(1)},a:${id(2)},o:${id(3)}`);
  assert.deepEqual(parseTray(serializeTray(items)), items);
  assert.deepEqual(parseTray(''), []);
  assert.deepEqual(parseTray(undefined), []);
});

test('junk in the cookie is ignored: other kinds, malformed ids, duplicates, spaces, case', () => {
  const value = [
    'garbage',
    `x:${id(1)}`,
    'o:not-a-uuid',
    `o:${id(1)}extra`,
    `o:${id(1)}`,
    ` a:${id(2).toUpperCase()} `,
    `o:${id(1)}`,
    `a:${id(2)}`,
    "o:'; drop table organization; --",
    '',
  ].join(',');
  assert.deepEqual(parseTray(value), [org(1), act(2)]);
  assert.deepEqual(parseTray(42), []);
  assert.deepEqual(parseTray(['o:x']), []);
});

test('at most MAX_RECIPIENTS entries are read, and an overlong cookie is not read at all', () => {
  const many = Array.from({ length: MAX_RECIPIENTS + 5 }, (_, i) => org(i));
  assert.equal(parseTray(serializeTray(many)).length, MAX_RECIPIENTS);
  assert.deepEqual(parseTray(serializeTray(many)), many.slice(0, MAX_RECIPIENTS));
  assert.deepEqual(parseTray(`o:${id(1)},${'x'.repeat(3000)}`), []);
});

test('the cookie name carries the __Host- prefix on https only', () => {
  assert.equal(trayCookieName(false), 'tarjotin_tray');
  assert.equal(trayCookieName(true), '__Host-tarjotin_tray');
});

test('adding appends once; a full tray refuses with CONFLICT and a way to the tray', () => {
  assert.deepEqual(addToTray([], org(1)), [org(1)]);
  assert.deepEqual(addToTray([org(1)], act(1)), [org(1), act(1)], 'an activity and an organisation with the same id are different items');
  assert.deepEqual(addToTray([org(1), act(2)], org(1)), [org(1), act(2)], 'already there: unchanged');
  const full = Array.from({ length: MAX_RECIPIENTS }, (_, i) => org(i));
  assert.deepEqual(addToTray(full, org(3)), full, 'an item already on a full tray is no error');
  assert.throws(
    () => addToTray(full, act(99)),
    (err: unknown) => isAppError(err, 'CONFLICT') && err.messageKey === 'tray.error.full' && err.link?.path === '/tray',
  );
});

test('removing drops the item only; removing what is not there changes nothing', () => {
  assert.deepEqual(removeFromTray([org(1), act(1), org(2)], org(1)), [act(1), org(2)]);
  assert.deepEqual(removeFromTray([org(1)], org(2)), [org(1)]);
  assert.ok(isOnTray([org(1)], org(1)));
  assert.ok(!isOnTray([org(1)], act(1)));
  assert.ok(!isOnTray(undefined, org(1)));
});

test('the return path: same-site relative paths only, language prefix dropped', () => {
  assert.equal(sameSitePath('/search?need=masennus&page=2'), '/search?need=masennus&page=2');
  assert.equal(sameSitePath(`/organisations/${id(1)}`), `/organisations/${id(1)}`);
  assert.equal(sameSitePath('/sv/search?q=a'), '/search?q=a');
  assert.equal(sameSitePath('/en'), '/');
  assert.equal(sameSitePath('/svenska'), '/svenska');
  for (const hostile of [
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'search',
    '/search\r\nSet-Cookie: x=1',
    '/ search',
    '/sv//evil.example',
    '',
    '/'.padEnd(2001, 'a'),
    42,
    undefined,
  ]) {
    assert.equal(sameSitePath(hostile), null, String(hostile));
  }
});

test('the add / remove form takes exactly one well-formed id', () => {
  assert.deepEqual(trayItemForm.parse({ organization: id(1).toUpperCase(), return: '/search' }), { item: org(1), returnTo: '/search' });
  assert.deepEqual(trayItemForm.parse({ activity: id(2), return: 'https://evil.example' }), { item: act(2), returnTo: null });
  assert.throws(() => trayItemForm.parse({}));
  assert.throws(() => trayItemForm.parse({ organization: id(1), activity: id(2) }));
  assert.throws(() => trayItemForm.parse({ organization: 'not-an-id' }));
  assert.throws(() => trayItemForm.parse({ organization: [id(1), id(2)] }));
});

test('items named in a query: valid ids only, organisations first, no duplicates', () => {
  assert.deepEqual(namedItems.parse({ activity: [id(2), 'junk', id(2)], organization: id(1) }), [org(1), act(2)]);
  assert.deepEqual(namedItems.parse({}), []);
});
