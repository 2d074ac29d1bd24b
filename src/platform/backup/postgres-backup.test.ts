import { test } from 'node:test';
import assert from 'node:assert/strict';
import { libpqSettings, scrubClientOutput } from './postgres-backup.js';
import { backupTimestamp, defaultBackupPath, formatSize } from './backup-files.js';

test('DATABASE_URL becomes libpq environment variables; the description names no user or password', () => {
  const s = libpqSettings('postgres://tarjotin%40app:p%C3%A4ss%2Fw0rd@db.example.org:6543/tarjotin_prod?sslmode=verify-full&sslrootcert=/etc/ca.pem&unknown=x');
  assert.deepEqual(s.env, {
    PGHOST: 'db.example.org',
    PGPORT: '6543',
    PGUSER: 'tarjotin@app',
    PGPASSWORD: 'päss/w0rd',
    PGDATABASE: 'tarjotin_prod',
    PGSSLMODE: 'verify-full',
    PGSSLROOTCERT: '/etc/ca.pem',
  });
  assert.equal(s.database, 'tarjotin_prod');
  assert.equal(s.description, 'database tarjotin_prod on db.example.org:6543');
  assert.ok(!s.description.includes('w0rd') && !s.description.includes('tarjotin@app'));
});

test('a URL without a database name uses the user name; a socket directory may come as ?host=', () => {
  const s = libpqSettings('postgresql://postgres@localhost?host=/var/run/postgresql');
  assert.equal(s.env.PGHOST, '/var/run/postgresql');
  assert.equal(s.env.PGDATABASE, 'postgres');
  assert.equal(s.env.PGPASSWORD, undefined);
});

test('backup file names sort in time order, in UTC', () => {
  const now = new Date('2026-12-04T10:30:05.123Z');
  assert.equal(backupTimestamp(now), '20261204T103005Z');
  assert.match(defaultBackupPath({ dataDir: '/srv/data', kind: 'pglite', now }), /^\/srv\/data\/backups\/tarjotin-20261204T103005Z\.tar\.gz$/);
  assert.match(defaultBackupPath({ dataDir: '/srv/data', kind: 'postgres', now, scheduled: true }), /^\/srv\/data\/backups\/tarjotin-auto-20261204T103005Z\.dump$/);
  assert.equal(formatSize(512), '512 bytes');
  assert.equal(formatSize(1536), '1.5 KiB');
  assert.equal(formatSize(11117480), '10.6 MiB');
});

test("pg_restore's error output is shown without row data, echoed statements or the password", () => {
  const stderr = [
    'pg_restore: error: COPY failed for table "app_user": ERROR:  duplicate key value violates unique constraint "app_user_email_key"',
    'DETAIL:  Key (email)=(maija.meikalainen@example.org) already exists.',
    'CONTEXT:  COPY app_user, line 1',
    'pg_restore: detail: Key (email)=(maija.meikalainen@example.org) already exists.',
    'LINE 1: insert into x values (\'maija\')',
    '        ^',
    'pg_restore: error: connection to server failed: password s3cret-pw rejected',
    '',
  ].join('\n');
  const shown = scrubClientOutput(stderr, 's3cret-pw');
  assert.equal(
    shown,
    'pg_restore: error: COPY failed for table "app_user": ERROR:  duplicate key value violates unique constraint "app_user_email_key"\n' +
      'pg_restore: error: connection to server failed: password *** rejected',
  );
});
