import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, daysOff, finnishDate, isWorkingDay, lastDateWithWorkingDaysPassed } from './working-days.js';

/** Finnish public holidays (and juhannusaatto, jouluaatto) of 2026 and 2027, checked against the real calendar. */
const HOLIDAYS: Record<number, [string, string][]> = {
  2026: [
    ['uudenvuodenpäivä', '2026-01-01'], // Thursday
    ['loppiainen', '2026-01-06'], // Tuesday
    ['pitkäperjantai', '2026-04-03'],
    ['pääsiäispäivä', '2026-04-05'], // Sunday
    ['toinen pääsiäispäivä', '2026-04-06'], // Monday
    ['vappu', '2026-05-01'], // Friday
    ['helatorstai', '2026-05-14'],
    ['juhannusaatto', '2026-06-19'], // Friday
    ['juhannuspäivä', '2026-06-20'], // Saturday
    ['pyhäinpäivä', '2026-10-31'], // Saturday
    ['itsenäisyyspäivä', '2026-12-06'], // Sunday
    ['jouluaatto', '2026-12-24'], // Thursday
    ['joulupäivä', '2026-12-25'], // Friday
    ['tapaninpäivä', '2026-12-26'], // Saturday
  ],
  2027: [
    ['uudenvuodenpäivä', '2027-01-01'], // Friday
    ['loppiainen', '2027-01-06'], // Wednesday
    ['pitkäperjantai', '2027-03-26'],
    ['pääsiäispäivä', '2027-03-28'], // Sunday
    ['toinen pääsiäispäivä', '2027-03-29'], // Monday
    ['vappu', '2027-05-01'], // Saturday
    ['helatorstai', '2027-05-06'],
    ['juhannusaatto', '2027-06-25'], // Friday
    ['juhannuspäivä', '2027-06-26'], // Saturday
    ['pyhäinpäivä', '2027-11-06'], // Saturday
    ['itsenäisyyspäivä', '2027-12-06'], // Monday
    ['jouluaatto', '2027-12-24'], // Friday
    ['joulupäivä', '2027-12-25'], // Saturday
    ['tapaninpäivä', '2027-12-26'], // Sunday
  ],
};

for (const [year, list] of Object.entries(HOLIDAYS)) {
  for (const [name, date] of list) {
    test(`${name} ${date} is not a working day`, () => {
      assert.equal(isWorkingDay(date), false);
      assert.ok(daysOff(Number(year)).has(date), `${date} is listed as a day off (whatever the weekday)`);
    });
  }
}

test('the days off of a year are exactly the public holidays, juhannusaatto and jouluaatto', () => {
  for (const [year, list] of Object.entries(HOLIDAYS)) {
    // helluntaipäivä (a Sunday) is the only public holiday not in the lists above.
    const expected = new Set([...list.map(([, d]) => d), year === '2026' ? '2026-05-24' : '2027-05-16']);
    assert.deepEqual([...daysOff(Number(year))].sort(), [...expected].sort());
  }
});

test('ordinary weekdays, uudenvuodenaatto and the days around holidays are working days', () => {
  for (const d of ['2026-12-31', '2027-12-31', '2026-12-07', '2026-12-23', '2026-12-28', '2026-06-18', '2026-06-22', '2026-04-02', '2026-04-07', '2027-12-07', '2026-05-15']) {
    assert.equal(isWorkingDay(d), true, d);
  }
});

test('weekends are not working days', () => {
  for (const d of ['2026-12-05', '2026-12-13', '2027-01-02', '2027-01-03', '2026-06-21']) assert.equal(isWorkingDay(d), false, d);
});

test('a moment is read as its date in Finland (22:30 UTC on Thursday 18.6.2026 is juhannusaatto in Finland)', () => {
  const late = new Date('2026-06-18T22:30:00Z');
  assert.equal(finnishDate(late), '2026-06-19');
  assert.equal(isWorkingDay(late), false);
  assert.equal(isWorkingDay(new Date('2026-06-18T20:30:00Z')), true);
  // Winter time: 23:30 UTC on 31.12.2026 is already 1.1.2027 in Finland.
  assert.equal(finnishDate(new Date('2026-12-31T22:30:00Z')), '2027-01-01');
});

test('2 working days after Thursday 3.12.2026 is Monday 7.12.2026 (6.12.2026 is a Sunday): the reminder goes on Tuesday 8.12.', () => {
  assert.equal(addWorkingDays('2026-12-03', 2), '2026-12-07');
  assert.equal(addWorkingDays('2026-12-03', 5), '2026-12-10');
  assert.equal(lastDateWithWorkingDaysPassed('2026-12-08', 2), '2026-12-03');
  assert.equal(lastDateWithWorkingDaysPassed('2026-12-07', 2), '2026-12-02');
});

test('2 working days after Thursday 2.12.2027 is Tuesday 7.12.2027 (itsenäisyyspäivä is a Monday)', () => {
  assert.equal(addWorkingDays('2027-12-02', 2), '2027-12-07');
  assert.equal(addWorkingDays('2027-12-03', 1), '2027-12-07');
});

test('juhannus: 2 working days after Thursday 18.6.2026 is Tuesday 23.6.2026; 5 is Friday 26.6.', () => {
  assert.equal(addWorkingDays('2026-06-18', 2), '2026-06-23');
  assert.equal(addWorkingDays('2026-06-18', 5), '2026-06-26');
  assert.equal(addWorkingDays('2026-06-19', 2), '2026-06-23', 'a request on juhannusaatto counts from the next working day');
});

test('Easter and Christmas: pitkäperjantai to toinen pääsiäispäivä, and jouluaatto to tapaninpäivä, are skipped', () => {
  assert.equal(addWorkingDays('2026-04-02', 1), '2026-04-07');
  assert.equal(addWorkingDays('2026-12-23', 1), '2026-12-28');
  assert.equal(addWorkingDays('2026-12-23', 5), '2027-01-04', 'uudenvuodenaatto counts; uudenvuodenpäivä does not');
  assert.equal(addWorkingDays('2027-03-25', 2), '2027-03-31');
  assert.equal(addWorkingDays('2027-05-05', 1), '2027-05-07', 'helatorstai 6.5.2027');
  assert.equal(addWorkingDays('2027-01-05', 1), '2027-01-07', 'loppiainen 6.1.2027');
});

test('a request made on a weekend counts from Monday', () => {
  assert.equal(addWorkingDays('2026-12-12', 2), '2026-12-15');
  assert.equal(addWorkingDays(new Date('2026-12-12T10:00:00Z'), 0), '2026-12-12');
});

test('the cut-off date is the latest date whose working days are over, and it never lets a later date through', () => {
  for (let t = Date.parse('2026-06-01T12:00:00Z'); t < Date.parse('2027-02-01T12:00:00Z'); t += 86_400_000) {
    const today = new Date(t).toISOString().slice(0, 10);
    for (const n of [2, 5]) {
      const cut = lastDateWithWorkingDaysPassed(today, n);
      assert.ok(addWorkingDays(cut, n) < today, `${today} n=${n}: ${cut} is due`);
      const after = new Date(Date.parse(`${cut}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      assert.ok(addWorkingDays(after, n) >= today, `${today} n=${n}: ${after} is not due yet`);
    }
  }
});

test('bad input is refused', () => {
  assert.throws(() => isWorkingDay('3.12.2026'));
  assert.throws(() => addWorkingDays('2026-12-03', -1));
  assert.throws(() => addWorkingDays('2026-12-03', 1.5));
});
