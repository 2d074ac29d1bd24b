import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../platform/i18n/i18n.js';
import type { ScheduleRow } from './directory.types.js';
import { scheduleText } from './schedule-text.js';

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
