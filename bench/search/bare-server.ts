/**
 * Child process of the speed benchmark: a bare Fastify route returning a small JSON, this machine's ceiling for one
 * Node.js process answering HTTP requests. Same reporting as server.ts.
 */
import Fastify from 'fastify';
import { startUsageReporting } from './usage.js';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ total: 1, items: [{ id: 'c0ffee00-0000-4000-8000-000000000000', name: 'Vertaistukiryhmä' }] }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
startUsageReporting({ port: Number(new URL(address).port), close: () => app.close() });
