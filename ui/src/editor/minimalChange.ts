// The smallest single replacement that turns one text into another: form edits land as one undoable editor change.
import type { ChangeSpec } from '@codemirror/state';

export interface Replacement {
  from: number;
  to: number;
  insert: string;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The common prefix and suffix stay; what lies between becomes one replacement. Null when equal. */
export function minimalChange(before: string, after: string): Replacement | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never cut an astral character (emoji, rare CJK) in half.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < limit - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/** The same replacement as a CodeMirror change; an empty list when nothing changed. */
export function changeSpec(before: string, after: string): ChangeSpec[] {
  const change = minimalChange(before, after);
  return change === null ? [] : [change];
}
