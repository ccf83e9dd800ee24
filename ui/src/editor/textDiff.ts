// The changes that turn one text into another, line by line: a reload from disk maps the cursor, the selection and the
// scroll anchor through them, so text the other tool left alone keeps its place even when lines came and went around it.
import { minimalChange } from './minimalChange';
import type { Replacement } from './minimalChange';

/** Past this many line pairs the middle is one replacement: quadratic work on a rewrite gains nothing. */
const MAX_PAIRS = 4_000_000;

/** The start offset of every line of `text` (a line holds its `\n`), plus the text's length. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

function linesOf(text: string, starts: number[]): string[] {
  return starts.slice(0, -1).map((start, i) => text.slice(start, starts[i + 1]));
}

/** Pairs of equal lines (index in `a`, index in `b`), in order, from a longest common subsequence. */
function commonLines(a: string[], b: string[]): Array<[number, number]> {
  const width = b.length + 1;
  // suffix[i * width + j]: length of the longest common subsequence of a[i..] and b[j..].
  const suffix = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      suffix[i * width + j] =
        a[i] === b[j] ? suffix[(i + 1) * width + j + 1] + 1 : Math.max(suffix[(i + 1) * width + j], suffix[i * width + j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (suffix[(i + 1) * width + j] >= suffix[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * Non-overlapping replacements, in order and in `before`'s offsets, that turn `before` into `after`. Unchanged lines
 * stay outside every replacement; within a changed stretch only the characters that differ are replaced.
 */
export function textChanges(before: string, after: string): Replacement[] {
  if (before === after) return [];
  const startsA = lineStarts(before);
  const startsB = lineStarts(after);
  const a = linesOf(before, startsA);
  const b = linesOf(after, startsB);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const anchors = midA.length * midB.length > MAX_PAIRS ? [] : commonLines(midA, midB);
  // Each stretch between two equal lines (and before the first, after the last) is one candidate replacement.
  const changes: Replacement[] = [];
  let fromA = head;
  let fromB = head;
  for (const [i, j] of [...anchors.map(([i, j]): [number, number] => [i + head, j + head]), [a.length - tail, b.length - tail]]) {
    const from = startsA[fromA];
    const to = startsA[i];
    const change = minimalChange(before.slice(from, to), after.slice(startsB[fromB], startsB[j]));
    if (change) changes.push({ from: from + change.from, to: from + change.to, insert: change.insert });
    fromA = i + 1;
    fromB = j + 1;
  }
  return changes;
}
