/**
 * The TypeScript twin of the SQL function search_fold() (migration 0008), without its padding spaces: lower case,
 * å/ä/ö and other accents folded to a–z, every run of other characters one space. "Mielen-TERVEYS" → "mielen terveys".
 */
const FROM = 'åäöæøüÿàáâãèéêëìíîïòóôõùúûýçñšžß';
const TO = 'aaoaouyaaaaeeeeiiiioooouuuycnszs';

export function foldText(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFC').toLowerCase()) {
    const i = FROM.indexOf(ch);
    out += i === -1 ? ch : TO[i];
  }
  return out.replace(/[^a-z0-9]+/g, ' ').trim();
}
