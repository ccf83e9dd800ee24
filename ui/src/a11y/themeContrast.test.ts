/// <reference types="node" />
// WCAG AA for both themes: every text/background pair the UI draws, read from the real palettes
// (app.css and the preview's reading stylesheet), must reach 4.5:1 for text and 3:1 for large
// text, control boundaries and the focus ring.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READING_CSS } from '../preview/readingStyles';
import { contrastRatio, cssVariables, parseColor } from './contrast';

const TEXT = 4.5;
const NON_TEXT = 3;

type Pair = [foreground: string, background: string, minimum: number, where: string];

// The app chrome. Backgrounds a foreground is drawn on, per component (see the .svelte styles).
const PANES = ['--bg', '--surface', '--sidebar-bg', '--editor-bg', '--input-bg', '--button-bg'];
const APP_PAIRS: Pair[] = [
  ...PANES.map((bg): Pair => ['--text', bg, TEXT, 'body text']),
  ...PANES.map((bg): Pair => ['--text-muted', bg, TEXT, 'muted text: labels, counts, status bar']),
  ['--text', '--row-hover', TEXT, 'post row under the pointer'],
  ['--text', '--row-selected', TEXT, 'open post row, chips'],
  ['--text-muted', '--row-hover', TEXT, 'row date and section under the pointer'],
  ['--text-muted', '--row-selected', TEXT, 'open post row: date and section; chip remove button'],
  ['--text', '--button-hover', TEXT, 'button under the pointer'],
  ['--text', '--editor-active-line', TEXT, 'editor: the cursor line'],
  ['--text-muted', '--editor-active-line', TEXT, 'editor gutter: the cursor line number'],
  ['--text', '--selection', TEXT, 'selected text'],
  ['--text', '--selection-match', TEXT, 'other occurrences of the selection'],
  ['--text', '--search-match', TEXT, 'find: a match'],
  ['--text', '--search-match-current', TEXT, 'find: the current match'],
  ['--text', '--search-hit', TEXT, 'post list: the matched words of a body snippet'],
  ...['--surface', '--editor-bg', '--sidebar-bg'].map((bg): Pair => ['--text-faint', bg, TEXT, 'faint text: line numbers, file path, positions']),
  ...['--surface', '--sidebar-bg', '--bg'].map((bg): Pair => ['--accent', bg, TEXT, 'links and link buttons']),
  ['--accent-text', '--accent', TEXT, 'primary buttons, filter badge'],
  ['--draft', '--draft-bg', TEXT, 'Draft badge'],
  ['--draft', '--surface', TEXT, 'Draft label in the post header'],
  ['--draft', '--row-selected', TEXT, 'Draft badge on the open post row (badge background is translucent-free, checked too)'],
  ...['--surface', '--input-bg', '--sidebar-bg'].map((bg): Pair => ['--danger', bg, TEXT, 'errors: diagnostics, field problems, save error']),
  ['--danger', '--danger-bg', TEXT, 'error banner'],
  ...['--surface', '--input-bg'].map((bg): Pair => ['--warning', bg, TEXT, 'warnings: diagnostics summary, field problems']),
  ['--warning', '--warning-bg', TEXT, 'stale preview note'],
  ['--ok', '--surface', NON_TEXT, 'saved dot in the status bar'],
  // Syntax colours on the editor background and its cursor line.
  ...['--syn-heading', '--syn-link', '--syn-code', '--syn-key', '--syn-string', '--syn-atom'].flatMap((fg): Pair[] => [
    [fg, '--editor-bg', TEXT, 'editor syntax colour'],
    [fg, '--editor-active-line', TEXT, 'editor syntax colour on the cursor line'],
  ]),
  ['--syn-mark', '--editor-bg', TEXT, 'markdown marks (#, *, >, ---)'],
  // Control boundaries and the focus ring (WCAG 1.4.11 non-text contrast).
  ...['--input-bg', '--surface', '--sidebar-bg', '--bg'].map((bg): Pair => ['--border-strong', bg, NON_TEXT, 'text field and select borders']),
  ...PANES.map((bg): Pair => ['--focus', bg, NON_TEXT, 'focus ring']),
  ['--focus', '--row-selected', NON_TEXT, 'focus ring on the open post row'],
  ['--accent', '--surface', NON_TEXT, 'active tab underline, checkbox'],
];

const READING_PAIRS: Pair[] = [
  ['--fg', '--bg', TEXT, 'preview body text'],
  ['--muted', '--bg', TEXT, 'preview quotes, captions, footnotes'],
  ['--link', '--bg', TEXT, 'preview links'],
  ['--fg', '--code-bg', TEXT, 'preview code and table headers'],
  ['--link', '--code-bg', TEXT, 'a link in a table header'],
  ['--fg', '--mark', TEXT, 'preview highlighted text'],
];

// Read from disk: Vitest does not hand stylesheets to tests, even with ?raw.
const appCss = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'app.css'), 'utf8');

const palettes = {
  light: {
    app: cssVariables(appCss, ':root'),
    reading: cssVariables(READING_CSS, ':root'),
  },
  dark: {
    app: { ...cssVariables(appCss, ':root'), ...cssVariables(appCss, ":root[data-theme='dark']") },
    reading: { ...cssVariables(READING_CSS, ':root'), ...cssVariables(READING_CSS, ":root[data-theme='dark']") },
  },
};

function failures(vars: Record<string, string>, pairs: Pair[]): string[] {
  return pairs.flatMap(([fg, bg, minimum, where]) => {
    const ratio = contrastRatio(vars[fg], vars[bg]);
    return ratio + 1e-9 >= minimum ? [] : [`${fg} ${vars[fg]} on ${bg} ${vars[bg]}: ${ratio.toFixed(2)}:1 < ${minimum}:1 (${where})`];
  });
}

describe('contrast arithmetic', () => {
  it('follows the WCAG definition', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(parseColor('rgb(29, 99, 216)')).toEqual([29, 99, 216]);
  });

  it('reads the custom properties of one rule', () => {
    expect(cssVariables(':root { --a: #fff; }\n:root[x] { --a: #000; --b: #111 }', ':root')).toEqual({ '--a': '#fff' });
  });
});

describe.each(Object.entries(palettes))('%s theme', (_, palette) => {
  it('declares every colour the pairs use', () => {
    for (const [fg, bg] of APP_PAIRS) expect([fg, palette.app[fg], bg, palette.app[bg]]).not.toContain(undefined);
    for (const [fg, bg] of READING_PAIRS) expect([fg, palette.reading[fg], bg, palette.reading[bg]]).not.toContain(undefined);
  });

  it('app chrome: text 4.5:1, controls and focus ring 3:1', () => {
    expect(failures(palette.app, APP_PAIRS)).toEqual([]);
  });

  it('preview reading styles: text 4.5:1', () => {
    expect(failures(palette.reading, READING_PAIRS)).toEqual([]);
  });
});
