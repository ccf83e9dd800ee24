import { describe, expect, it } from 'vitest';
import { readFrontMatter, titleOf } from './frontMatter';

describe('readFrontMatter', () => {
  it('reads each key with its value and its line in the file, in file order', () => {
    const text = '---\ntitle: 墨池\ndate: 2026-02-06T09:00:00+08:00\ntags:\n  - AI\n  - 半導體\ndraft: false\n---\n正文\n';
    const block = readFrontMatter(text);
    expect(block.fields).toEqual([
      { key: 'title', value: '墨池', line: 2 },
      { key: 'date', value: '2026-02-06T09:00:00+08:00', line: 3 },
      { key: 'tags', value: ['AI', '半導體'], line: 4 },
      { key: 'draft', value: false, line: 7 },
    ]);
    expect(block.endLine).toBe(8);
  });

  it('keeps dates as the text the writer wrote', () => {
    expect(readFrontMatter('---\ndate: 2005-05-18\n---\n').fields[0].value).toBe('2005-05-18');
  });

  it('accepts a BOM and CRLF line ends', () => {
    const block = readFrontMatter('\uFEFF---\r\ntitle: "x"\r\n---\r\n');
    expect(block.fields).toEqual([{ key: 'title', value: 'x', line: 2 }]);
  });

  it('says what is wrong with a block that does not parse', () => {
    const block = readFrontMatter('---\ntitle: [unclosed\n---\n');
    expect(block.fields).toEqual([]);
    expect(block.error).not.toBeNull();
  });

  it('names TOML and JSON front matter without reading them', () => {
    expect(readFrontMatter('+++\ntitle = "x"\n+++\n').format).toBe('toml');
    expect(readFrontMatter('{"title": "x"}\n').format).toBe('json');
    expect(readFrontMatter('Just text\n').format).toBe('none');
  });
});

describe('titleOf', () => {
  it('is the title when it is a non-blank string', () => {
    expect(titleOf(readFrontMatter('---\ntitle: 「硯台」筆記\n---\n'))).toBe('「硯台」筆記');
    expect(titleOf(readFrontMatter('---\ntitle: "  "\n---\n'))).toBeNull();
    expect(titleOf(readFrontMatter('---\ntitle: 2026\n---\n'))).toBeNull();
    expect(titleOf(readFrontMatter('---\ndate: 2026-01-01\n---\n'))).toBeNull();
    expect(titleOf(readFrontMatter('no front matter\n'))).toBeNull();
  });
});
