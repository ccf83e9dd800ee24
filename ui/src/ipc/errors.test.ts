import { describe, expect, it } from 'vitest';
import { errorLocation, isAppError, toAppError } from './errors';

describe('toAppError', () => {
  it('fills missing optional fields with null', () => {
    expect(toAppError({ code: 'config-syntax', message: 'bad' })).toEqual({
      code: 'config-syntax',
      message: 'bad',
      path: null,
      line: null,
      column: null,
    });
  });

  it('names a missing Tauri backend', () => {
    const reason = new TypeError("Cannot read properties of undefined (reading 'invoke') at window.__TAURI_INTERNALS__");
    expect(toAppError(reason).code).toBe('ipc-unavailable');
  });

  it('keeps the text of anything else', () => {
    expect(toAppError(new Error('boom'))).toMatchObject({ code: 'unexpected', message: 'boom' });
    expect(isAppError('boom')).toBe(false);
  });
});

describe('errorLocation', () => {
  const base = { code: 'c', message: 'm' };
  it('is path:line:column when all are known', () => {
    expect(errorLocation({ ...base, path: 'hugo.toml', line: 3, column: 7 })).toBe('hugo.toml:3:7');
    expect(errorLocation({ ...base, path: 'hugo.toml', line: 3, column: null })).toBe('hugo.toml:3');
    expect(errorLocation({ ...base, path: 'hugo.toml', line: null, column: null })).toBe('hugo.toml');
    expect(errorLocation({ ...base, path: null, line: null, column: null })).toBeNull();
  });
});
