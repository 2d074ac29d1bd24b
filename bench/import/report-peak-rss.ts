/**
 * Loaded with `--import` into the import process by the benchmark (run.ts): prints the process's peak resident set
 * size (getrusage maxRSS, in KiB) and its CPU time (user + system, ms) on stderr when it exits, so the figures are
 * the importer's own. On a shared machine the CPU time says more than the wall time: PGlite runs inside this
 * process, PostgreSQL's share is in its server processes and not counted.
 */
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`peak-rss-kb ${usage.maxRSS}\ncpu-ms ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
