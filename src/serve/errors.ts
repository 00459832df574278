// One error shape for the whole server: {error:{code,message}} on the API, an HTML page on the reader,
// with the status the error carries. Unexpected errors are logged and answered with a generic 500.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { BaokuError } from '../model/index.js';
import { errorPage } from './views/error.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

export const badRequest = (message: string) => new BaokuError('bad_request', message, 400);

/** The path exists, for other methods. */
export class MethodNotAllowed extends BaokuError {
  constructor(readonly method: string, readonly allow: string[]) {
    super('method_not_allowed', `${method} is not allowed here; use ${allow.join(' or ')}`, 405);
  }
}

/** The API and the data download answer in JSON; everything else is a page. */
export const wantsJson = (path: string) => path.startsWith('/api/') || path === '/api';

export function describeError(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof BaokuError) return { status: error.status >= 400 && error.status < 600 ? error.status : 400, code: error.code, message: error.message };
  // The client went away while its body was being read: nobody is left to answer, and it is not our fault.
  if (error instanceof Error && error.message === 'aborted') return { status: 400, code: 'aborted', message: 'the request was aborted' };
  if (error instanceof HTTPException) {
    const code = error.status === 413 ? 'payload_too_large' : error.status === 504 ? 'timeout' : 'http_error';
    return { status: error.status, code, message: error.message || 'request failed' };
  }
  return { status: 500, code: 'internal', message: 'internal server error' };
}

export function errorResponse(c: Context, error: unknown): Response {
  const { status, code, message } = describeError(error);
  if (status === 500) console.error(error);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="baoku"';
  if (error instanceof MethodNotAllowed) headers.Allow = error.allow.join(', ');
  if (wantsJson(c.req.path)) {
    const body: ErrorBody = { error: { code, message } };
    return c.json(body, status as 400, headers);
  }
  return c.html(errorPage(status, message).value, status as 400, headers);
}
