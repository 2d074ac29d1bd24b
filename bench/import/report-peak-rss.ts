/**
 * Loaded with `--import` into the import process by the benchmark (run.ts): prints the process's peak resident set
 * size (getrusage maxRSS, in KiB) on stderr when it exits, so the figure is the importer's own.
 */
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
