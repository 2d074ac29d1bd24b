/** Messages between the benchmark and its server processes (over the fork IPC channel). */
export type ChildMessage = { type: 'ready'; port: number } | { type: 'usage'; maxRssBytes: number; rssBytes: number };
export type ParentMessage = { type: 'usage' } | { type: 'stop' };

/** In a child: announce the port, answer usage requests, close and exit on 'stop'. */
export function startUsageReporting({ port, close }: { port: number; close: () => Promise<void> }): void {
  const send = (m: ChildMessage) => process.send?.(m);
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'usage') {
      // maxRSS is in kibibytes.
      send({ type: 'usage', maxRssBytes: process.resourceUsage().maxRSS * 1024, rssBytes: process.memoryUsage().rss });
    } else if (m.type === 'stop') {
      void close().finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', port });
}
