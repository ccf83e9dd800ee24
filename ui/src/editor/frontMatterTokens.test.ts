import { describe, expect, it } from 'vitest';
import { frontMatterTokens } from './frontMatterTokens';
import type { FrontMatterSyntax } from './frontMatterTokens';

/** Each token as `Type:text`, so the expectations read as the line does. */
function pieces(line: string, syntax: FrontMatterSyntax): string[] {
  return frontMatterTokens(line, syntax).map((t) => `${t.type.replace('Frontmatter', '')}:${line.slice(t.from, t.to)}`);
}

describe('frontMatterTokens', () => {
  it('marks TOML keys, tables, strings and comments', () => {
    expect(pieces('title = "墨池 # 不是註解" # 標題', 'toml')).toEqual(['Key:title', 'Punct:=', 'String:"墨池 # 不是註解"', 'Comment:# 標題']);
    expect(pieces('# 整行註解', 'toml')).toEqual(['Comment:# 整行註解']);
    expect(pieces('"quoted key" = 1', 'toml')).toEqual(['Key:"quoted key"', 'Punct:=']);
    expect(pieces('site.author = "x"', 'toml')).toEqual(['Key:site.author', 'Punct:=', 'String:"x"']);
    expect(pieces('[params.author]', 'toml')).toEqual(['Key:[params.author]']);
    expect(pieces('[[menu.main]]', 'toml')).toEqual(['Key:[[menu.main]]']);
    expect(pieces('tags = ["a", "b"]', 'toml')).toEqual(['Key:tags', 'Punct:=', 'Punct:[', 'String:"a"', 'Punct:,', 'String:"b"', 'Punct:]']);
    expect(pieces('draft = true', 'toml')).toEqual(['Key:draft', 'Punct:=']);
  });

  it('tells JSON keys from string values', () => {
    expect(pieces('  "title": "a \\"quoted\\" word",', 'json')).toEqual(['Key:"title"', 'Punct::', 'String:"a \\"quoted\\" word"', 'Punct:,']);
    expect(pieces('  "tags": ["x"]', 'json')).toEqual(['Key:"tags"', 'Punct::', 'Punct:[', 'String:"x"', 'Punct:]']);
    expect(pieces('}', 'json')).toEqual(['Punct:}']);
  });

  it('leaves bare TOML values as text and runs an unclosed string to the end of the line', () => {
    expect(pieces('date = 2026-03-01T10:00:00+08:00', 'toml')).toEqual(['Key:date', 'Punct:=']);
    expect(pieces("title = 'it''s'", 'toml')).toEqual(['Key:title', 'Punct:=', "String:'it'"]);
    expect(pieces('title = "unfinished', 'toml')).toEqual(['Key:title', 'Punct:=', 'String:"unfinished']);
  });
});
