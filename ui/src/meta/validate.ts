// The checks the form shows while typing (the shell's diagnostics remain the authority).
import type { FieldSpec } from '../ipc/types';

/** Characters as the writer counts them: a CJK character or an emoji is one, whatever its bytes. */
export function charCount(text: string): number {
  return [...text].length;
}

export type LengthState = 'ok' | 'short' | 'long';

export function lengthState(text: string, spec: Pick<FieldSpec, 'min_length' | 'max_length'>): LengthState {
  const n = charCount(text);
  if (spec.max_length !== null && n > spec.max_length) return 'long';
  if (spec.min_length !== null && n > 0 && n < spec.min_length) return 'short';
  return 'ok';
}

/** True for an absolute http(s) URL; an empty value is left to `required`. */
export function isValidUrl(text: string): boolean {
  if (text.trim() === '') return true;
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A form input's text as the value fm_set writes: a number for int fields when it reads as one. */
export function toValue(spec: Pick<FieldSpec, 'type'>, text: string): unknown {
  if (spec.type === 'int' && /^-?\d+$/u.test(text.trim())) return Number(text.trim());
  return text;
}
