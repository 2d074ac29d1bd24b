import { test } from 'node:test';
import assert from 'node:assert/strict';
import { synonymEntries } from '../search/synonyms.data.js';
import { CRISIS_PHRASES } from './crisis-phrases.data.js';
import { crisisPattern, matchesCrisis, type CrisisPattern } from './match-crisis.js';

const patterns: CrisisPattern[] = Object.values(CRISIS_PHRASES)
  .flat()
  .map((p) => crisisPattern(p))
  .filter((p): p is CrisisPattern => p !== null);
const crisis = (text: string) => matchesCrisis(text, patterns);

test('every curated phrase is a valid pattern and matches itself (a word ending in * with an inflection added)', () => {
  for (const [lang, phrases] of Object.entries(CRISIS_PHRASES)) {
    for (const phrase of phrases) {
      assert.ok(crisisPattern(phrase), `${lang}: "${phrase}" has words`);
      assert.ok(crisis(phrase.replace(/\*/g, 'a')), `${lang}: "${phrase}"`);
    }
  }
});

test('crisis phrases as people type them, in fi / sv / en: inflected, in a sentence, with a word between, without ä / ö, shouting', () => {
  for (const text of [
    'haluan kuolla',
    'Haluan KUOLLA!!',
    'en halua elää',
    'en halua enää elää',
    'en jaksa enää elää',
    'itsemurha',
    'itsemurhaa',
    'itsemurha-ajatuksia',
    'itsemurhan tehneen omaiset',
    'itsetuhoisuus nuorella',
    'viiltely',
    'hän lyö minua',
    'mieheni lyö minua',
    'poikaystävä uhkaa tappaa',
    'pelkään henkeni puolesta',
    'yliannostus',
    'vill dö',
    'jag vill inte leva längre',
    'självmordstankar',
    'han slår mig',
    'vill do',
    'I want to die',
    'suicidal thoughts',
    'suicide',
    "I don't want to live anymore",
    'my partner hits me',
    'self-harm',
  ]) {
    assert.ok(crisis(text), text);
  }
});

test('ordinary searches never show the box: needs, lay phrasing, and every synonym term but the crisis words themselves', () => {
  const ordinary = [
    'masennus',
    'väkivalta',
    'lähisuhdeväkivalta',
    'kriisi',
    'kriisiapu',
    'en jaksa enää',
    'ahdistaa',
    'mieheni juo',
    'äiti dementia',
    'lapsi ei käy koulua',
    'lapsen diagnoosi adhd',
    'haluan kuulla',
    'kuolema ja suru',
    'surutyö',
    'läheisen kuolema',
    'omaishoitaja jaksaminen',
    'diabetes',
    'syöpä',
    'kävelyryhmä',
    'stöd för närstående',
    'depression',
    'loneliness',
    'peer support',
    'alcohol',
    'i want to quit drinking',
    '',
    '   ',
    '***',
  ];
  for (const text of ordinary) assert.equal(crisis(text), false, text);
  // The search's synonyms include the crisis words themselves; every other term is an ordinary search.
  const crisisTerms = new Set(['itsemurha', 'itsetuho', 'itsetuhoinen', 'itsetuhoisuus', 'suicidal', 'suicide']);
  for (const e of synonymEntries()) {
    assert.equal(crisis(e.term), crisisTerms.has(e.term), `synonym term "${e.term}"`);
  }
});

test('a phrase matches words, not parts of words: "do" in "vill dö" is not "dog"', () => {
  const only = [crisisPattern('vill dö')!];
  assert.equal(matchesCrisis('vill dö', only), true);
  assert.equal(matchesCrisis('vill dog', only), false);
  assert.equal(matchesCrisis('vill inte dö', only), true, 'one word between');
  assert.equal(matchesCrisis('vill inte alls dö', only), false, 'two words between');
  assert.equal(matchesCrisis('dö vill', only), false, 'order matters');
});
