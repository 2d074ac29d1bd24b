import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, readEnvFile } from './config.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tarjotin-config-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

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

test('.env completes the environment: the file fills what is unset, a variable set in the environment wins', async () => {
  const file = join(dir, 'settings.env');
  await writeFile(
    file,
    ['# the app runs on 3001', 'PORT=3001', 'DATA_DIR="/srv/tarjotin data"', 'DEMO_DATA=off', 'LOG_LEVEL=warn', 'HOST=', ''].join('\n'),
  );
  const c = loadConfig({ DEMO_DATA: 'on', LOG_LEVEL: '' }, { envFile: file });
  assert.equal(c.port, 3001);
  assert.equal(c.baseUrl, 'http://localhost:3001', 'BASE_URL follows the PORT from the file');
  assert.equal(c.dataDir, '/srv/tarjotin data');
  assert.equal(c.demoData, true, 'the environment wins over the file');
  assert.equal(c.logLevel, 'info', 'a variable set empty in the environment wins too, and means the default');
  assert.equal(c.host, '0.0.0.0', 'an empty value in the file means the default');
  assert.equal(c.envFile, file);
});

test('a missing .env is fine; an env object passed in is read alone unless a file is named', async () => {
  const missing = join(dir, 'no-such-dir', '.env');
  assert.equal(readEnvFile(missing), null);
  const c = loadConfig({ PORT: '3002' }, { envFile: missing });
  assert.equal(c.baseUrl, 'http://localhost:3002');
  assert.equal(c.envFile, undefined);
  await writeFile(join(dir, '.env'), 'PORT=3003\n');
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    assert.equal(loadConfig({}).port, 3000, 'a test env object does not pick up .env');
    assert.equal(loadConfig({}, { envFile: '.env' }).port, 3003, 'a relative name is read from the working directory');
  } finally {
    process.chdir(cwd);
  }
});

test('a bad value from .env is reported with the file it came from', async () => {
  const file = join(dir, 'bad.env');
  await writeFile(file, 'PORT=eighty\nDATABASE_URL=mysql://user:secret@db/x\n');
  assert.throws(
    () => loadConfig({}, { envFile: file }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, new RegExp(`PORT="eighty" \\(from ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
      assert.doesNotMatch(err.message, /secret/);
      return true;
    },
  );
});

test('TRUST_PROXY: unset or empty trusts no proxy; a hop count; a list of addresses and CIDR ranges; anything else is refused', () => {
  assert.equal(loadConfig({}).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: '' }).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
  assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1,2001:db8::/32' }).trustProxy, ['10.0.0.0/8', '192.0.2.1', '2001:db8::/32']);
  for (const bad of ['true', '0', 'loopback', '10.0.0.0/33', '10.0.0.1,', '999.1.1.1', '::1/129']) {
    assert.throws(() => loadConfig({ TRUST_PROXY: bad }), (err: unknown) => err instanceof ConfigError && /TRUST_PROXY/.test(err.problems.join()), bad);
  }
});
