import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';

/**
 * Child process of `real-words.ts`: compiles one cspell text trie (`*.trie.gz`) into cspell's binary trie.
 * Run apart from the app because decoding the text form briefly takes a few hundred MB.
 * Usage: node --import tsx compile-word-list.ts <source.trie.gz> <target.btrie>
 */
const [source, target] = process.argv.slice(2);
if (!source || !target) {
  process.stderr.write('usage: compile-word-list.ts <source.trie.gz> <target.btrie>\n');
  process.exit(2);
}
const trie = decodeTrie(gunzipSync(readFileSync(source)));
writeFileSync(target, encodeITrieToBTrie(trie));
