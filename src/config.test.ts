import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.js';

test('defaults give the embedded database with demo data on port 3000', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.dataDir, './data');
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.demoData, true);
  assert.equal(c.baseUrl, 'http://localhost:3000');
});

test('every bad value is reported, each with its name', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO_DATA: 'yes', BASE_URL: 'not a url' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      const text = err.problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'DEMO_DATA', 'BASE_URL']) assert.match(text, new RegExp(name));
      return true;
    },
  );
});

test('BASE_URL loses its trailing slash; DEMO_DATA=off starts empty', () => {
  const c = loadConfig({ BASE_URL: 'https://tarjotin.example.org/', DEMO_DATA: 'off' });
  assert.equal(c.baseUrl, 'https://tarjotin.example.org');
  assert.equal(c.demoData, false);
});
