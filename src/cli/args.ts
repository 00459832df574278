// Argument parsing shared by the commands: node's own parseArgs, with usage errors as BaokuErrors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BaokuError } from '../model/index.js';

export class UsageError extends BaokuError {
  constructor(message: string) {
    super('usage', message, 2);
  }
}

export function args<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...options, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The archive file: --db, else $BAOKU_DB, else ./baoku.db (zero setup). */
export function dbPath(value: string | boolean | undefined): string {
  return typeof value === 'string' ? value : process.env.BAOKU_DB || 'baoku.db';
}

export function intOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number, got "${String(value)}"`);
  return n;
}
