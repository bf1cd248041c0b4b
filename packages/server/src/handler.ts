/**
 * The sync endpoints as one web-standard handler, `(request: Request) => Promise<Response>`, so it mounts in
 * anything that speaks Request/Response (Hono, Next.js route handlers, Deno, Bun, workers) and, through
 * {@link toNodeListener}, in node:http, Express and Fastify. It answers by the last path segment, so the host
 * chooses the prefix: `…/push`, `…/pull`, `…/status`, `…/health`.
 */
import type { OtIssue } from '@otkit/sdk';
import { readJsonBody, type OtBodyResult } from './body.js';
import { errorResponse, jsonResponse as json } from './response.js';
import {
  OT_SYNC_DEFAULT_LIMITS,
  OT_SYNC_PROTOCOL_VERSION,
  formatCursor,
  parseCursor,
  type OtStatusResponse,
  type OtSyncLimits,
} from './protocol.js';
import type { OtSyncStorage } from './storage.js';
import { checkChange } from './validate.js';

/** Whom a request acts for: every record and change belongs to one tenant (a clinic, a school, a user). */
export interface OtSyncAccess {
  readonly tenant: string;
}

/** A refusal: 401 when the request has no valid credentials, 403 when they do not allow sync. */
export interface OtSyncRefusal {
  readonly status: 401 | 403;
  readonly message?: string;
}

/** What `authorize` returns; `null` or `undefined` is a 401. */
export type OtAuthorizeResult = OtSyncAccess | OtSyncRefusal | null | undefined;

/** Options of {@link createSyncHandler}. */
export interface OtSyncHandlerOptions {
  readonly storage: OtSyncStorage;
  /** Maps a request to its tenant, or refuses it. Read your session cookie or bearer token here. */
  authorize(request: Request): OtAuthorizeResult | Promise<OtAuthorizeResult>;
  /** Caps (defaults: {@link OT_SYNC_DEFAULT_LIMITS}). */
  readonly limits?: Partial<OtSyncLimits>;
  /** Hears errors the handler answered with a 500 or 503 (default: `console.error`). */
  onError?(error: unknown, request: Request): void;
}

const ENDPOINTS: { readonly [name: string]: string } = { push: 'POST', pull: 'POST', status: 'GET', health: 'GET' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeyIssues(body: Record<string, unknown>, known: readonly string[]): OtIssue[] {
  return Object.keys(body)
    .filter((key) => !known.includes(key))
    .map((key) => ({ path: [key], code: 'unknown-key' as const, message: 'is not part of the protocol' }));
}

async function access(request: Request, options: OtSyncHandlerOptions): Promise<OtSyncAccess | Response> {
  const result = await options.authorize(request);
  if (result && 'tenant' in result) {
    if (typeof result.tenant !== 'string' || result.tenant.length === 0 || result.tenant.length > 200)
      throw new TypeError('authorize() must give a tenant of 1 to 200 characters');
    return result;
  }
  if (result?.status === 403) return errorResponse(403, 'forbidden', result.message ?? 'This account may not sync');
  return errorResponse(401, 'unauthorized', result?.message ?? 'Sign in to sync', undefined, {
    'www-authenticate': 'Bearer',
  });
}

async function push(body: unknown, tenant: string, limits: OtSyncLimits, storage: OtSyncStorage): Promise<Response> {
  if (!isObject(body) || !Array.isArray(body.changes))
    return errorResponse(400, 'validation', 'The push body must be an object with a list of changes', [
      { path: ['changes'], code: 'type', message: 'must be a list of changes' },
    ]);
  const extra = unknownKeyIssues(body, ['changes']);
  if (extra.length) return errorResponse(400, 'validation', 'The push body has unknown fields', extra);
  if (body.changes.length > limits.maxChangesPerPush)
    return errorResponse(
      413,
      'too-large',
      `A push carries at most ${limits.maxChangesPerPush} changes (got ${body.changes.length}): send smaller batches`,
    );
  const checked = body.changes.map((change: unknown) => checkChange(change, limits));
  return json(200, await storage.push(tenant, checked));
}

async function pull(body: unknown, tenant: string, limits: OtSyncLimits, storage: OtSyncStorage): Promise<Response> {
  if (!isObject(body)) return errorResponse(400, 'validation', 'The pull body must be an object', []);
  const issues = unknownKeyIssues(body, ['since', 'limit']);
  const { since = null, limit = limits.maxPullLimit } = body;
  const position = typeof since === 'string' ? parseCursor(since) : since === null ? 0 : undefined;
  if (position === undefined)
    issues.push({ path: ['since'], code: 'invalid', message: 'must be a cursor this server gave, or null' });
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > limits.maxPullLimit)
    issues.push({ path: ['limit'], code: 'type', message: `must be a whole number from 1 to ${limits.maxPullLimit}` });
  if (issues.length) return errorResponse(400, 'validation', 'The pull body is not valid', issues);
  if (position! > (await storage.latest(tenant)))
    return errorResponse(400, 'validation', 'The cursor is ahead of this server (was its data reset?)', [
      { path: ['since'], code: 'invalid', message: 'is ahead of the log: pull again with since null' },
    ]);
  return json(200, await storage.pull(tenant, position!, limit as number));
}

/**
 * Creates the sync handler.
 *
 * @example
 * const storage = await openSyncStorage({ dataDir: './.data/sync' });
 * const handler = createSyncHandler({
 *   storage,
 *   authorize: async (request) => {
 *     const user = await sessionFromCookie(request.headers.get('cookie'));
 *     return user ? { tenant: user.clinicId } : null;
 *   },
 * });
 * // Next.js: export const POST = handler, GET = handler;  Hono: app.all('/sync/*', (c) => handler(c.req.raw))
 */
export function createSyncHandler(options: OtSyncHandlerOptions): (request: Request) => Promise<Response> {
  const limits: OtSyncLimits = { ...OT_SYNC_DEFAULT_LIMITS, ...options.limits };
  const { storage } = options;
  const report = options.onError ?? ((error: unknown) => console.error('@otkit/server:', error));
  return async (request) => {
    const endpoint = new URL(request.url).pathname.split('/').at(-1) ?? '';
    const method = Object.hasOwn(ENDPOINTS, endpoint) ? ENDPOINTS[endpoint]! : undefined;
    if (!method) return errorResponse(404, 'not-found', 'No such sync endpoint (push, pull, status, health)');
    if (request.method !== method && !(method === 'GET' && request.method === 'HEAD'))
      return errorResponse(405, 'method-not-allowed', `Use ${method} for ${endpoint}`, undefined, { allow: method });
    try {
      if (endpoint === 'health') {
        await storage.health().catch((error: unknown) => {
          report(error, request);
          throw new ServiceUnavailable();
        });
        return json(200, { ok: true, protocol: OT_SYNC_PROTOCOL_VERSION });
      }
      const granted = await access(request, options);
      if (granted instanceof Response) return granted;
      if (endpoint === 'status') {
        const body: OtStatusResponse = {
          protocol: OT_SYNC_PROTOCOL_VERSION,
          tenant: granted.tenant,
          cursor: formatCursor(await storage.latest(granted.tenant)),
          limits,
          time: Date.now(),
        };
        return json(200, body);
      }
      const body: OtBodyResult = await readJsonBody(request, limits.maxBodyBytes);
      if (!body.ok) return body.response;
      if (endpoint === 'push') return await push(body.value, granted.tenant, limits, storage);
      return await pull(body.value, granted.tenant, limits, storage);
    } catch (error) {
      if (error instanceof ServiceUnavailable)
        return errorResponse(503, 'unavailable', 'The sync database does not answer; retry later', undefined, {
          'retry-after': '5',
        });
      report(error, request);
      return errorResponse(500, 'internal', 'The server could not complete the request; retry later');
    }
  };
}

class ServiceUnavailable extends Error {}
