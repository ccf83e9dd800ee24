import { describe, expect, it } from 'vitest';
import { bodyOf, countPost, countText } from './wordCount';

describe('word count', () => {
  it('counts Latin words as words', () => {
    expect(countText('The quick brown fox.').words).toBe(4);
  });

  it('counts each CJK character as a word: Han, Hiragana, Katakana and Hangul', () => {
    expect(countText('墨池').words).toBe(2);
    expect(countText('ひらがなカタカナ').words).toBe(8);
    expect(countText('한국어').words).toBe(3);
  });

  it('counts mixed text as both', () => {
    expect(countText('我用 Rust 寫了 3 個 CLI 工具').words).toBe(2 + 1 + 2 + 1 + 1 + 1 + 2);
    expect(countText('AI晶片').words).toBe(3);
  });

  it('ignores markup that has no letters, and CJK punctuation', () => {
    expect(countText('## 標題\n\n- 一\n> 二\n\n---\n').words).toBe(4);
    expect(countText('你好，世界。').words).toBe(4);
  });

  it('counts characters without whitespace', () => {
    expect(countText('墨池 ink\n').characters).toBe(5);
    expect(countText('😀 a').characters).toBe(2);
  });

  it('reads 213 Latin words or 500 CJK characters a minute, rounding up', () => {
    expect(countText('').minutes).toBe(0);
    expect(countText('word').minutes).toBe(1);
    expect(countText('w '.repeat(214)).minutes).toBe(2);
    expect(countText('字'.repeat(500)).minutes).toBe(1);
    expect(countText('字'.repeat(501)).minutes).toBe(2);
  });

  it('adds the Latin and CJK reading times of a mixed post', () => {
    // 213 words read in a minute, 500 characters in another.
    expect(countText(`${'word '.repeat(213)}${'字'.repeat(500)}`)).toEqual({ words: 713, characters: 213 * 4 + 500, minutes: 2 });
    // Half a minute of each is still one minute.
    expect(countText(`${'word '.repeat(100)}${'字'.repeat(250)}`).minutes).toBe(1);
  });

  it('counts numbers, URLs and markup-wrapped words as one word each', () => {
    expect(countText('In 2026, see https://example.org/a-b and **bold** `code`.').words).toBe(7);
    expect(countText('[連結](/posts/x/)').words).toBe(3);
  });

  it('counts the body only: YAML, TOML and JSON front matter are left out', () => {
    expect(countPost('---\ntitle: 很長的標題\ntags: [a, b]\n---\n\n正文\n').words).toBe(2);
    expect(countPost('+++\ntitle = "x y z"\n+++\nbody\n').words).toBe(1);
    expect(countPost('{\n"title": "x y"\n}\nbody\n').words).toBe(1);
    expect(bodyOf('\uFEFF---\r\ntitle: x\r\n---\r\nbody')).toBe('body');
    expect(countPost('No front matter here.').words).toBe(4);
  });
});
