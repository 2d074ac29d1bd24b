import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bulletinForm, forwardForm, MAX_GROUP_ADDRESSES, splitAddresses, staffGroupForm } from './bulletins.schema.js';
import { suggestGroups } from './get-centre-bulletin.js';

test('a staff group’s addresses: one a line, commas or semicolons too; lower-cased, no repeats; each checked; at most the limit', () => {
  assert.deepEqual(splitAddresses(' A@Example.org\n\nb@example.org, a@example.org;c@example.org '), ['a@example.org', 'b@example.org', 'c@example.org']);
  const ok = staffGroupForm.safeParse({ name: ' Lapsiperheiden palvelut ', topics: 'children_families', emails: 'neuvola@example.org' });
  assert.ok(ok.success);
  assert.deepEqual(ok.data, { name: 'Lapsiperheiden palvelut', topics: ['children_families'], emails: ['neuvola@example.org'] });
  for (const emails of ['', 'ei-osoite', 'a@b', '<x@example.org>', Array.from({ length: MAX_GROUP_ADDRESSES + 1 }, (_, i) => `h${i}@example.org`).join('\n')]) {
    const r = staffGroupForm.safeParse({ name: 'Ryhmä', topics: ['health'], emails });
    assert.equal(r.success, false, emails.slice(0, 40));
    assert.equal(r.error!.issues[0]!.message, 'centreBulletins.error.emails');
  }
  assert.equal(staffGroupForm.safeParse({ name: 'Ryhmä', topics: ['unknown'], emails: 'a@example.org' }).success, false);
  assert.equal(staffGroupForm.safeParse({ name: 'Ryhmä', emails: 'a@example.org' }).success, false, 'a topic is required');
});

test('a bulletin needs a title, text, a topic, a language and a centre; forwarding needs a group', () => {
  const centre = '0b1f3c1e-7a4e-4f6e-9a55-4f7b1b2b3c4d';
  const org = '1b1f3c1e-7a4e-4f6e-9a55-4f7b1b2b3c4d';
  assert.ok(bulletinForm.safeParse({ organization: org, title: 'T', body: 'B', topics: ['health', 'health'], lang: 'sv', centres: centre }).success);
  const bad = bulletinForm.safeParse({ organization: org, title: '', body: '', lang: 'de', centres: [] });
  assert.deepEqual(bad.error!.issues.map((i) => i.path[0]).sort(), ['body', 'centres', 'lang', 'title', 'topics']);
  assert.equal(forwardForm.safeParse({ note: 'x' }).success, false);
  assert.equal(forwardForm.safeParse({ groups: 'not-a-uuid' }).success, false);
});

test('groups following one of the bulletin’s topics are suggested and listed first', () => {
  const g = (id: string, topics: string[]) => ({ id, centreId: 'c', name: id, topics, emails: [] });
  const out = suggestGroups([g('a', ['older_people']), g('b', ['children_families']), g('c', ['loneliness', 'health'])], ['loneliness', 'children_families']);
  assert.deepEqual(out.map((x) => [x.id, x.suggested]), [['b', true], ['c', true], ['a', false]]);
});
