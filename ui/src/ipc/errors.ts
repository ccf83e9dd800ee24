// Normalizes whatever an IPC call rejects with into an AppError, so the UI branches on `code` only.
import type { AppError } from './bindings/AppError';

/** Codes the UI itself produces, for failures that never reached the shell. */
export const UI_CODES = {
  /** `invoke` was unavailable (the UI runs outside Tauri, e.g. `vite dev` in a browser). */
  ipcUnavailable: 'ipc-unavailable',
  /** The shell rejected with something that is not an AppError (a bug on either side). */
  unexpected: 'unexpected',
} as const;

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string';
}

/** Turns any rejection into an AppError; shell errors pass through unchanged. */
export function toAppError(reason: unknown): AppError {
  if (isAppError(reason)) {
    // The shell may omit the optional fields; the UI relies on them being null, not undefined.
    return {
      code: reason.code,
      message: reason.message,
      path: reason.path ?? null,
      line: reason.line ?? null,
      column: reason.column ?? null,
    };
  }
  const message = reason instanceof Error ? reason.message : String(reason);
  const code = /__TAURI_INTERNALS__|ipc/i.test(message) ? UI_CODES.ipcUnavailable : UI_CODES.unexpected;
  return { code, message, path: null, line: null, column: null };
}

/** Where an error points in a file, as `path:line:column`, or null when it points nowhere. */
export function errorLocation(error: AppError): string | null {
  if (error.path === null) return null;
  if (error.line === null) return error.path;
  return error.column === null ? `${error.path}:${error.line}` : `${error.path}:${error.line}:${error.column}`;
}
