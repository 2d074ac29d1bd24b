/**
 * Whether a Tarjotin app answers on this machine at the configured PORT (its /healthz), and with which database.
 * The embedded database takes one process at a time, so `npm run backup` / `restore` refuse to open DATA_DIR while
 * the app with the same settings runs. A best-effort check: an app started with another PORT is not seen.
 */
export async function probeRunningApp(options: { host: string; port: number; timeoutMs?: number }): Promise<{ url: string; database: string } | null> {
  if (!options.port) return null;
  const host = ['0.0.0.0', '::', ''].includes(options.host) ? '127.0.0.1' : options.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${options.port}`;
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(options.timeoutMs ?? 1500), redirect: 'manual' });
    const body = (await res.json().catch(() => ({}))) as { status?: unknown; database?: unknown };
    if (typeof body.status !== 'string') return null;
    return { url, database: typeof body.database === 'string' ? body.database : 'unknown' };
  } catch {
    return null;
  }
}
