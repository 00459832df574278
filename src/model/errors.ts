/**
 * Bad input or misuse. Each subclass carries a stable `code` and an HTTP-ish `status`, so the server
 * renders it as {error:{code,message}} and the CLI as a message and exit code, from one place each.
 */
export class BaokuError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BaokuError';
    this.code = code;
    this.status = status;
  }
}

/** The bytes cannot be read as a page: empty, binary, truncated, undecodable or mislabelled. */
export class InputError extends BaokuError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, 400, options);
    this.name = 'InputError';
  }
}

/** Something asked for does not exist. */
export class NotFoundError extends BaokuError {
  constructor(message: string) {
    super('not_found', message, 404);
    this.name = 'NotFoundError';
  }
}
