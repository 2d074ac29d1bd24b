import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linesWithPersonalData } from './personal-data.js';

test('the log check finds addresses and Finnish phone numbers, and passes ordinary request lines', () => {
  const leaks = [
    '{"msg":"sent","to":"liisa.esimerkki@example.org"}',
    '{"phone":"+358401234567"}',
    '{"detail":"040 123 4567"}',
    '{"detail":"puh. 09-876 5432"}',
  ];
  const clean = [
    '{"level":30,"time":1796380682685,"pid":5137,"hostname":"vm","reqId":"req-1","method":"GET","route":"/search","status":200,"ms":12,"msg":"request"}',
    '{"level":30,"msg":"job done","jobId":"3f1c2b9e-0b1a-4c1e-9e0f-2a2b3c4d5e6f","attempt":1}',
    '{"level":40,"msg":"mail transport","transport":"smtp://127.0.0.1:2525"}',
  ];
  assert.deepEqual(linesWithPersonalData([...leaks, ...clean]), leaks);
});
