import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvDocument } from './csv.js';

test('a CSV cell is quoted (RFC 4180) only when it holds the separator, a quote or a line break', () => {
  assert.equal(csvCell('Kuopio'), 'Kuopio');
  assert.equal(csvCell('Yksi; kaksi'), '"Yksi; kaksi"');
  assert.equal(csvCell('sanoi "moi"'), '"sanoi ""moi"""');
  assert.equal(csvCell('rivi\r\ntoinen'), '"rivi\r\ntoinen"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(12), '12');
});

test('text a spreadsheet would read as a formula gets a leading apostrophe; numbers stay numbers', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('+358'), "'+358");
  assert.equal(csvCell('-1+1'), "'-1+1");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\tx'), "'\tx");
  assert.equal(csvCell(-3), '-3');
});

test('a CSV document starts with the byte-order mark, separates by semicolons and ends every line with CRLF', () => {
  assert.equal(csvDocument([['a', 1], ['b;c', null]]), '\uFEFFa;1\r\n"b;c";\r\n');
});
