import { describe, expect, it } from 'vitest';
import { describeError } from './errorText';

const base = { path: null, line: null, column: null };

describe('describeError', () => {
  it('offers another site when the folder is not a site', () => {
    expect(describeError({ ...base, code: 'site-no-config', message: 'm' })).toMatchObject({
      headline: 'This folder is not a Hugo site',
      offerOpenSite: true,
    });
  });

  it('shows where a config error is, unless the message already starts with it', () => {
    const at = { path: 'hugo.toml', line: 3, column: 9 };
    expect(describeError({ ...at, code: 'config-syntax', message: 'expected a value' }).location).toBe('hugo.toml:3:9');
    expect(describeError({ ...at, code: 'config-syntax', message: 'hugo.toml:3:9: expected a value' }).location).toBeNull();
  });

  it('falls back to a generic headline for codes it does not know', () => {
    expect(describeError({ ...base, code: 'something-new', message: 'details' })).toEqual({
      headline: 'Something went wrong',
      detail: 'details',
      location: null,
      offerOpenSite: false,
    });
  });
});
