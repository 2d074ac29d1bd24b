import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTrie } from 'cspell-trie-lib';

/**
 * "Is this a real word?" in Finnish, Swedish or English, so that "Tarkoititko …?" never replaces a real word with
 * another ("haluan kuolla" must not become "haluan kuulla"). The word lists are cspell's dictionaries
 * (`@cspell/dict-fi-fi` with its inflected forms, `@cspell/dict-sv`, `@cspell/dict-en_us`). Their text trie takes
 * seconds and a few hundred MB to decode, so a child process compiles each once into cspell's binary trie, kept under
 * `node_modules/.cache` (or the system's temporary folder when that is read-only) and named by the dictionary's
 * version; loading the binary form takes tens of milliseconds and about 20 MB.
 */

const require = createRequire(import.meta.url);

const DICTIONARIES = [
  { lang: 'fi', pkg: '@cspell/dict-fi-fi', file: 'dict/fi-fi.trie.gz' },
  { lang: 'sv', pkg: '@cspell/dict-sv', file: 'Swedish.trie.gz' },
  { lang: 'en', pkg: '@cspell/dict-en_us', file: 'en_US.trie.gz' },
] as const;

export type RealWordCheck = (word: string) => boolean;

let loading: Promise<RealWordCheck> | undefined;

/** The checker, loaded once per process (compiled once per machine). A word is checked lower-cased as typed. */
export function realWords(): Promise<RealWordCheck> {
  loading ??= loadAll().catch((error: unknown) => {
    // Without the lists nothing can be known to be a non-word: no suggestion at all rather than a wrong one.
    process.emitWarning(`word lists unavailable, "did you mean" is off: ${error instanceof Error ? error.message : String(error)}`);
    return () => true;
  });
  return loading;
}

async function loadAll(): Promise<RealWordCheck> {
  const tries = await Promise.all(DICTIONARIES.map(async (d) => decodeTrie(await readFile(await compiled(d)))));
  return (word) => {
    const w = word.normalize('NFC').toLocaleLowerCase('fi');
    return tries.some((t) => t.has(w) || t.has(capitalised(w)));
  };
}

const capitalised = (w: string) => w.charAt(0).toLocaleUpperCase('fi') + w.slice(1);

async function compiled(d: (typeof DICTIONARIES)[number]): Promise<string> {
  const pkgDir = path.dirname(require.resolve(`${d.pkg}/cspell-ext.json`));
  const { version } = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const source = path.join(pkgDir, d.file);
  for (const dir of cacheDirs()) {
    const target = path.join(dir, `${d.lang}-${version}.btrie`);
    if (await exists(target)) return target;
    try {
      await mkdir(dir, { recursive: true });
      const partial = `${target}.${process.pid}.${Date.now()}.part`;
      await runCompiler(source, partial);
      await rename(partial, target); // atomic: a parallel process sees the whole file or none
      return target;
    } catch {
      // not writable here: try the next folder
    }
  }
  throw new Error(`could not compile the ${d.lang} word list`);
}

function cacheDirs(): string[] {
  const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
  return [path.join(root, 'node_modules', '.cache', 'tarjotin-word-lists'), path.join(os.tmpdir(), 'tarjotin-word-lists')];
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

function runCompiler(source: string, target: string): Promise<void> {
  const script = fileURLToPath(new URL('./compile-word-list.ts', import.meta.url));
  const tsx = import.meta.resolve('tsx');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, source, target], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`word list compiler exited with ${code}`))));
  });
}
