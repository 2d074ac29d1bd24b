import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCorpus, buildQueries } from './build-collection.js';
import { loadCollection, QUERY_KINDS } from './collection.js';
import { passesFilters } from './filters.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('relevance collection', () => {
  const collection = loadCollection(here);
  const { corpus, queries } = collection;

  it('is what the sources build (corpus.json and queries.json are up to date)', () => {
    const corpusFile = buildCorpus();
    assert.equal(readFileSync(join(here, 'corpus.json'), 'utf8'), `${JSON.stringify(corpusFile, null, 2)}\n`);
    assert.equal(readFileSync(join(here, 'queries.json'), 'utf8'), `${JSON.stringify(buildQueries(corpusFile), null, 2)}\n`);
  });

  it('has at least 300 activities, mostly Finnish with some Swedish and English, local and nationwide', () => {
    assert.ok(corpus.activities.length >= 300);
    const share = (lang: string) => corpus.activities.filter((a) => a.language === lang).length / corpus.activities.length;
    assert.ok(share('sv') >= 0.1 && share('sv') <= 0.15, `Swedish share ${share('sv')}`);
    assert.ok(share('en') >= 0.04 && share('en') <= 0.08, `English share ${share('en')}`);
    assert.ok(corpus.activities.some((a) => a.nationwide && a.remote));
    assert.ok(corpus.activities.some((a) => a.municipalities.includes('297')));
  });

  it('uses only fictional contact details', () => {
    for (const o of corpus.organizations) {
      assert.match(o.email ?? '', /@[a-z0-9-]+\.example\.org$/);
      assert.match(o.website ?? '', /^https:\/\/[a-z0-9-]+\.example\.org\/$/);
    }
  });

  it('has at least 80 queries covering every kind, each with a document graded 2 or 3', () => {
    assert.ok(queries.length >= 80);
    for (const kind of QUERY_KINDS) assert.ok(queries.filter((q) => q.kind === kind).length >= 5, `kind ${kind}`);
    for (const q of queries) assert.ok(Object.values(q.judgments).some((g) => g >= 2), q.id);
  });

  it('never grades an activity that the query filters exclude', () => {
    const byId = new Map(corpus.activities.map((a) => [a.id, a]));
    for (const q of queries.filter((x) => x.filters)) {
      for (const [id, grade] of Object.entries(q.judgments)) {
        if (grade > 0) assert.ok(passesFilters(byId.get(id)!, q.filters!), `${q.id}: ${id}`);
      }
    }
  });
});
