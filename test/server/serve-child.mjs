// A sync server in a process of its own, so a test can kill it (SIGKILL) in the middle of a request.
// Storage options come as JSON in OTKIT_SYNC_STORAGE, the handler's limits in OTKIT_SYNC_LIMITS; prints its base
// URL once listening.
import { createServer } from 'node:http';
import { createSyncHandler, openSyncStorage, toNodeListener } from '@otkit/server';
import { bearerAuthorize } from './helpers.mjs';

const storage = await openSyncStorage(JSON.parse(process.env.OTKIT_SYNC_STORAGE ?? '{}'));
const limits = JSON.parse(process.env.OTKIT_SYNC_LIMITS ?? '{}');
const server = createServer(toNodeListener(createSyncHandler({ storage, authorize: bearerAuthorize, limits })));
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/sync`));
