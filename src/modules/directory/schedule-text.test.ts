import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../platform/i18n/i18n.js';
import type { ScheduleRow } from './directory.types.js';
import { scheduleText, scheduleTextAddsTo } from './schedule-text.js';

const row = (r: Partial<ScheduleRow>): ScheduleRow => ({
  id: 'x',
  freq: null,
  byday: null,
  opensAt: null,
  closesAt: null,
  descriptionFi: null,
  attendingType: null,
  ...r,
});

test('weekly rows read as "tiistaisin 17.00–19.00"', () => {
  assert.equal(scheduleText(row({ freq: 'WEEKLY', byday: 'TU', opensAt: '17:00', closesAt: '19:00' }), 'fi', translator('fi')).when, 'tiistaisin 17.00–19.00');
  assert.equal(scheduleText(row({ freq: 'WEEKLY', byday: 'MO,WE', opensAt: '09:30' }), 'fi', translator('fi')).when, 'maanantaisin ja keskiviikkoisin 09.30');
  assert.equal(scheduleText(row({ freq: 'WEEKLY', byday: 'TU', opensAt: '17:00', closesAt: '19:00' }), 'sv', translator('sv')).when, 'tisdagar 17.00–19.00');
  assert.equal(scheduleText(row({ freq: 'WEEKLY', byday: 'TU', opensAt: '17:00', closesAt: '19:00' }), 'en', translator('en')).when, 'Tuesdays 17:00–19:00');
});

test('monthly rows name the week of the month', () => {
  assert.equal(scheduleText(row({ freq: 'MONTHLY', byday: '1TU', opensAt: '17:00', closesAt: '19:00' }), 'fi', translator('fi')).when, 'kuukauden 1. tiistai 17.00–19.00');
  assert.equal(scheduleText(row({ freq: 'MONTHLY', byday: '-1FR' }), 'fi', translator('fi')).when, 'kuukauden viimeinen perjantai');
  assert.equal(scheduleText(row({ freq: 'MONTHLY', byday: '1TU' }), 'sv', translator('sv')).when, 'första tisdagen i månaden');
  assert.equal(scheduleText(row({ freq: 'MONTHLY', byday: '2TH,4TH' }), 'en', translator('en')).when, 'second Thursday of the month and fourth Thursday of the month');
});

test('rows without days fall back to the frequency; notes and attending type come apart', () => {
  const s = scheduleText(row({ freq: 'WEEKLY', descriptionFi: ' Kesällä tauko. ', attendingType: 'online' }), 'fi', translator('fi'));
  assert.deepEqual(s, { when: 'viikoittain', attending: 'verkossa', noteFi: 'Kesällä tauko.' });
  assert.equal(scheduleText(row({ byday: 'XX' }), 'fi', translator('fi')).when, '');
});

test('every day and around the clock read as such, not as seven day names and 00.00–23.59', () => {
  const daily = row({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '00:00', closesAt: '23:59' });
  assert.equal(scheduleText(daily, 'fi', translator('fi')).when, 'joka päivä ympäri vuorokauden');
  assert.equal(scheduleText(daily, 'sv', translator('sv')).when, 'varje dag dygnet runt');
  assert.equal(scheduleText(daily, 'en', translator('en')).when, 'every day around the clock');
  assert.equal(scheduleText(row({ freq: 'WEEKLY', byday: 'SU,MO,TU,WE,TH,FR,SA', opensAt: '10:00', closesAt: '12:00' }), 'en', translator('en')).when, 'every day 10:00–12:00');
});

test('a free-text schedule is shown only for what the rows do not already say', () => {
  const tuesday = row({ freq: 'WEEKLY', byday: 'TU', opensAt: '17:00', closesAt: '19:00' });
  assert.equal(scheduleTextAddsTo('Tiistaisin klo 17–19.', [tuesday]), null);
  assert.equal(scheduleTextAddsTo('tiistaisin 17.00–19.00', [tuesday]), null, 'the computed Finnish text itself');
  assert.equal(scheduleTextAddsTo('Tiistaisin klo 17–19. Ei kokoontumisia heinäkuussa.', [tuesday]), 'Ei kokoontumisia heinäkuussa.');
  assert.equal(scheduleTextAddsTo('Tiistaisin klo 18–20.', [tuesday]), 'Tiistaisin klo 18–20.', 'other times are kept');
  assert.equal(scheduleTextAddsTo('Keskiviikkoisin klo 17–19.', [tuesday]), 'Keskiviikkoisin klo 17–19.', 'other days are kept');
  assert.equal(scheduleTextAddsTo('Ei kokoontumisia heinäkuussa.', []), 'Ei kokoontumisia heinäkuussa.');
  assert.equal(scheduleTextAddsTo('Tiistaisin klo 17–19.', []), 'Tiistaisin klo 17–19.', 'without rows the text is all there is');
  assert.equal(scheduleTextAddsTo('Kahvit alkaen 16.30.', [tuesday], ['Kahvit alkaen 16.30.']), null, 'a row note already shown');

  const weekdays = row({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opensAt: '18:00', closesAt: '22:00', attendingType: 'online' });
  assert.equal(scheduleTextAddsTo('Maanantaista perjantaihin klo 18–22.', [weekdays]), null);
  assert.equal(scheduleTextAddsTo('Arkisin klo 18–22 verkossa.', [weekdays]), null);
  assert.equal(scheduleTextAddsTo('Joka päivä klo 18–22.', [weekdays]), 'Joka päivä klo 18–22.', 'more days than the rows have');

  const always = row({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '00:00', closesAt: '23:59', attendingType: 'phone' });
  assert.equal(scheduleTextAddsTo('Joka päivä ympäri vuorokauden.', [always]), null);
  assert.equal(scheduleTextAddsTo('Päivystää ympäri vuorokauden', [always]), 'Päivystää ympäri vuorokauden');

  const monthly = row({ freq: 'MONTHLY', byday: '1TU', opensAt: '17:00', closesAt: '18:30' });
  assert.equal(scheduleTextAddsTo('Kuukauden ensimmäisenä tiistaina klo 17–18.30.', [monthly]), null);
  assert.equal(scheduleTextAddsTo('kuukauden 1. tiistai 17.00–18.30', [monthly]), null);
  assert.equal(scheduleTextAddsTo('Kuukauden viimeisenä tiistaina klo 17–18.30.', [monthly]), 'Kuukauden viimeisenä tiistaina klo 17–18.30.');
  assert.equal(scheduleTextAddsTo('Kuukauden ensimmäisenä tiistaina klo 17–18.30.', [tuesday]), 'Kuukauden ensimmäisenä tiistaina klo 17–18.30.');
  assert.equal(scheduleTextAddsTo('  ', [tuesday]), null);
});
