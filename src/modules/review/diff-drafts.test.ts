import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffDrafts, wordDiff, type DiffLabels } from './diff-drafts.js';
import { sampleActivity, sampleDraft } from './review.fixture.js';

const labels: DiffLabels = {
  term: (taxonomy, code) => `${taxonomy}:${code}`,
  municipality: (code) => (code === '297' ? 'Kuopio' : code === '749' ? 'Siilinjärvi' : code),
  kind: (k) => `kind:${k}`,
  howToJoin: (v) => `join:${v}`,
  language: (c) => `lang:${c}`,
  yes: 'Kyllä',
  no: 'Ei',
};

test('a join lists every filled-in field as new, with codes turned into labels', () => {
  const draft = sampleDraft();
  const diff = diffDrafts(null, draft, labels);
  assert.equal(diff.isNew, true);
  const fields = Object.fromEntries(diff.organization.map((c) => [c.field, c]));
  assert.equal(fields.nameFi?.after, 'Kuopion Kävelykaverit ry');
  assert.equal(fields.kind?.after, 'kind:association');
  assert.equal(fields.municipalityCode?.after, 'Kuopio');
  assert.equal(fields.acceptsNewParticipants?.after, 'Kyllä');
  assert.equal(fields.nameSv, undefined, 'empty fields are left out of a join');
  assert.ok(diff.organization.every((c) => c.before === ''));
  assert.equal(diff.activities.length, 1);
  assert.equal(diff.activities[0]!.change, 'added');
  const a = Object.fromEntries(diff.activities[0]!.fields.map((c) => [c.field, c.after]));
  assert.equal(a.supports, 'support:vertaistuki, support:liikunta');
  assert.equal(a.needs, 'need:yksinaisyys');
  assert.equal(a.howToJoin, 'join:drop_in');
  assert.equal(a.languages, 'lang:fi');
});

test('a change lists only changed fields and classifies activities as changed, added, removed, archived, unchanged', () => {
  const kept = sampleActivity({ nameFi: 'Pysyvä ryhmä' });
  const changed = sampleActivity({ nameFi: 'Muuttuva ryhmä' });
  const removed = sampleActivity({ nameFi: 'Poistuva ryhmä' });
  const archived = sampleActivity({ nameFi: 'Arkistoitava ryhmä' });
  const before = sampleDraft({ activities: [kept, changed, removed, archived] });
  const added = sampleActivity({ nameFi: 'Uusi ryhmä' });
  const after = sampleDraft({
    organization: { phone: '017 000 000', descriptionFi: 'Yhdistys järjestää kävelyryhmiä ja keskusteluapua yksinäisyyttä kokeville kuopiolaisille.' },
    activities: [
      kept,
      { ...changed, municipalityCodes: ['297', '749'], freeOfCharge: false },
      { ...archived, archived: { reason: 'Toiminta päättyi' } },
      added,
    ],
  });
  const diff = diffDrafts(before, after, labels);
  assert.equal(diff.isNew, false);
  assert.deepEqual(
    diff.organization.map((c) => [c.field, c.before, c.after.slice(0, 12), c.long]),
    [
      ['descriptionFi', before.organization.descriptionFi, 'Yhdistys jär', true],
      ['phone', '', '017 000 000', false],
    ],
  );
  const byName = Object.fromEntries(diff.activities.map((a) => [a.name, a]));
  assert.equal(byName['Pysyvä ryhmä']!.change, 'unchanged');
  assert.equal(byName['Muuttuva ryhmä']!.change, 'changed');
  assert.deepEqual(
    byName['Muuttuva ryhmä']!.fields.map((c) => [c.field, c.before, c.after]),
    [
      ['municipalityCodes', 'Kuopio', 'Kuopio, Siilinjärvi'],
      ['freeOfCharge', 'Kyllä', 'Ei'],
    ],
  );
  assert.equal(byName['Arkistoitava ryhmä']!.change, 'archived');
  assert.equal(byName['Arkistoitava ryhmä']!.archivedReason, 'Toiminta päättyi');
  assert.equal(byName['Uusi ryhmä']!.change, 'added');
  assert.equal(byName['Poistuva ryhmä']!.change, 'removed');
  assert.ok(byName['Poistuva ryhmä']!.fields.every((c) => c.after === '' && c.before !== ''));
});

test('word diff marks only the changed words of a long text', () => {
  const parts = wordDiff('järjestää kävelyryhmiä ja vertaistukea', 'järjestää kävelyryhmiä ja keskusteluapua');
  assert.deepEqual(
    parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text]),
    [
      ['removed', 'vertaistukea'],
      ['added', 'keskusteluapua'],
    ],
  );
  assert.equal(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''), 'järjestää kävelyryhmiä ja vertaistukea');
});
