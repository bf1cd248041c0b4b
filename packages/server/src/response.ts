import type { OtIssue } from '@otkit/sdk';
import type { OtSyncErrorCode, OtSyncErrorResponse } from './protocol.js';

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** A JSON answer that no cache keeps. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...headers } });
}

/**
 * An error answer with the protocol's error body.
 *
 * @example
 * return errorResponse(403, 'forbidden', 'This account may not sync');
 */
export function errorResponse(
  status: number,
  code: OtSyncErrorCode,
  message: string,
  issues?: readonly OtIssue[],
  headers?: Record<string, string>,
): Response {
  const body: OtSyncErrorResponse = { error: { code, message, ...(issues ? { issues } : {}) } };
  return jsonResponse(status, body, headers);
}
