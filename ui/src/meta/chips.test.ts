import { describe, expect, it } from 'vitest';
import { addChip, asList, chipKey, removeChip, suggestions } from './chips';

const USED = [
  { value: 'AI', count: 12 },
  { value: 'Rust', count: 3 },
  { value: '半導體', count: 7 },
  { value: 'TypeScript', count: 5 },
  { value: 'Trust', count: 1 },
];

describe('chips', () => {
  it('adds a trimmed value once, whatever its case', () => {
    expect(addChip(['AI'], '  Rust ')).toEqual(['AI', 'Rust']);
    expect(addChip(['AI'], 'ai')).toEqual(['AI']);
    expect(addChip(['AI'], '   ')).toEqual(['AI']);
  });

  it('removes a chip by index', () => {
    expect(removeChip(['AI', 'Rust', '半導體'], 1)).toEqual(['AI', '半導體']);
  });

  it('offers unchosen values containing the query, prefix matches first, then the most used', () => {
    expect(suggestions(USED, 'rust', []).map((v) => v.value)).toEqual(['Rust', 'Trust']);
    expect(suggestions(USED, 't', ['Rust']).map((v) => v.value)).toEqual(['TypeScript', 'Trust']);
    expect(suggestions(USED, '', ['AI']).map((v) => v.value)).toEqual(['半導體', 'TypeScript', 'Rust', 'Trust']);
    expect(suggestions(USED, '導', []).map((v) => v.value)).toEqual(['半導體']);
  });

  it('Enter, Tab and comma add the picked suggestion, or the typed text when none is picked', () => {
    const offered = suggestions(USED, 'r', []);
    expect(chipKey('Enter', 'r', offered, 0)).toEqual({ kind: 'add', value: offered[0].value });
    expect(chipKey(',', 'Go', [], -1)).toEqual({ kind: 'add', value: 'Go' });
    expect(chipKey('Tab', 'Go', [], -1)).toEqual({ kind: 'add', value: 'Go' });
    expect(chipKey('Tab', '', [], -1)).toEqual({ kind: 'none' });
  });

  it('a full-width comma adds too, so a Chinese input method need not switch to type one', () => {
    expect(chipKey('，', '半導體', [], -1)).toEqual({ kind: 'add', value: '半導體' });
  });

  it('Escape closes the suggestions; other keys type as usual', () => {
    expect(chipKey('Escape', 'r', USED, 0)).toEqual({ kind: 'close' });
    expect(chipKey('r', '', USED, -1)).toEqual({ kind: 'none' });
    expect(chipKey('ArrowDown', 'zz', [], -1)).toEqual({ kind: 'none' });
  });

  it('Backspace in an empty input removes the last chip, not while text is typed', () => {
    expect(chipKey('Backspace', '', [], -1)).toEqual({ kind: 'remove-last' });
    expect(chipKey('Backspace', 'R', [], -1)).toEqual({ kind: 'none' });
  });

  it('arrows move through the suggestions and wrap', () => {
    const offered = USED.slice(0, 3);
    expect(chipKey('ArrowDown', '', offered, -1)).toEqual({ kind: 'move', active: 0 });
    expect(chipKey('ArrowDown', '', offered, 2)).toEqual({ kind: 'move', active: 0 });
    expect(chipKey('ArrowUp', '', offered, 0)).toEqual({ kind: 'move', active: 2 });
  });

  it('reads a scalar as a one-item list', () => {
    expect(asList('系列名')).toEqual(['系列名']);
    expect(asList(['a', 1])).toEqual(['a', '1']);
    expect(asList(null)).toEqual([]);
  });
});
