import { describe, expect, it } from 'vitest';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { postLanguage } from './language';

const POST = ['---', 'title: "墨池"', 'tags: [Rust, AI]', '---', '', '## 前言', '', '一段**文字**。', ''].join('\n');

function treeOf(doc: string) {
  const state = EditorState.create({ doc, extensions: [postLanguage()] });
  const tree = ensureSyntaxTree(state, state.doc.length, 5000);
  if (tree === null) throw new Error('the parser did not finish');
  return tree;
}

/** The names of the syntax nodes enclosing the first occurrence of `needle` in `doc`, innermost first. */
function nodesAt(needle: string, doc = POST): string[] {
  const names: string[] = [];
  for (let node: ReturnType<ReturnType<typeof treeOf>['resolveInner']> | null = treeOf(doc).resolveInner(doc.indexOf(needle) + 1, 1); node; node = node.parent) {
    names.push(node.name);
  }
  return names;
}

describe('postLanguage', () => {
  it('parses the front matter block as YAML', () => {
    // YAML nodes (Key < Pair < BlockMapping) nested in the Frontmatter node.
    expect(nodesAt('title').slice(0, 4)).toEqual(['Literal', 'Key', 'Pair', 'BlockMapping']);
    expect(nodesAt('title')).toContain('Frontmatter');
    expect(nodesAt('tags')).toContain('BlockMapping');
    // Both fences are the block's marks, not a rule or a heading underline.
    const marks: number[] = [];
    treeOf(POST).iterate({ enter: (node) => void (node.name === 'FrontmatterMark' && marks.push(node.from)) });
    expect(marks).toEqual([0, POST.indexOf('---\n\n')]);
  });

  it('parses the body as markdown', () => {
    expect(nodesAt('前言')).toContain('ATXHeading2');
    expect(nodesAt('文字')).toContain('StrongEmphasis');
  });

  it('treats a file without front matter as plain markdown', () => {
    const tree = treeOf('# 標題\n');
    expect(tree.resolveInner(2, 1).name).toBe('ATXHeading1');
    expect(tree.toString()).not.toContain('Frontmatter');
  });

  it('keeps TOML front matter whole: a comment in it is no heading', () => {
    const doc = ['+++', 'title = "墨池"', '# drafts stay local', 'draft = true', '+++', '', '# 標題', ''].join('\n');
    expect(nodesAt('drafts', doc)).toEqual(['FrontmatterComment', 'Frontmatter', 'Document']);
    expect(nodesAt('draft =', doc)).toEqual(['FrontmatterKey', 'Frontmatter', 'Document']);
    expect(nodesAt('標題', doc)).toContain('ATXHeading1');
    expect(treeOf(doc).toString().match(/ATXHeading1/gu)).toHaveLength(1);
  });

  it('keeps JSON front matter whole, braces included', () => {
    const doc = ['{', '  "title": "# not a heading"', '}', '', '正文 *強調*', ''].join('\n');
    expect(nodesAt('not a heading', doc)).toEqual(['FrontmatterString', 'Frontmatter', 'Document']);
    expect(nodesAt('"title"', doc)).toEqual(['FrontmatterKey', 'Frontmatter', 'Document']);
    expect(nodesAt('強調', doc)).toContain('Emphasis');
  });

  it('recognises front matter after a byte order mark', () => {
    const doc = `\uFEFF${POST}`;
    expect(nodesAt('title', doc)).toContain('Frontmatter');
    expect(treeOf(doc).toString()).not.toContain('SetextHeading');
  });

  it('recognises front matter only on the first line', () => {
    const doc = ['# 標題', '', '---', '', 'title: x', '---', ''].join('\n');
    const tree = treeOf(doc).toString();
    expect(tree).not.toContain('Frontmatter');
    expect(tree).toContain('HorizontalRule');
    expect(tree).toContain('SetextHeading2');
  });

  it('runs an unclosed block to the end of the text', () => {
    const doc = ['---', 'title: x', '', '# 標題', ''].join('\n');
    expect(nodesAt('標題', doc)).toContain('Frontmatter');
    expect(nodesAt('標題', doc)).not.toContain('ATXHeading1');
  });

  it('accepts trailing spaces on the fences and an empty block', () => {
    expect(nodesAt('標題', ['---  ', '---', '# 標題', ''].join('\n'))).toContain('ATXHeading1');
    expect(treeOf(['---  ', '---', '# 標題', ''].join('\n')).toString()).toMatch(/^Document\(Frontmatter\(FrontmatterMark,FrontmatterMark\)/u);
    expect(treeOf(['{', '}', '# 標題', ''].join('\n')).toString()).toMatch(/^Document\(Frontmatter\(FrontmatterPunct,FrontmatterPunct\),ATXHeading1/u);
  });

  it('parses an edited text as it parses the same text fresh', () => {
    // Incremental parses reuse blocks; closing, opening and breaking the block must not leave stale ones.
    const edits: Array<[string, (doc: string) => { from: number; to?: number; insert: string }]> = [
      ['close an unclosed block', (doc) => ({ from: doc.indexOf('# 標題'), insert: '---\n' })],
      ['break the opening fence', () => ({ from: 0, to: 1, insert: '' })],
      ['type in the body', (doc) => ({ from: doc.indexOf('標題'), insert: '新' })],
    ];
    let doc = ['---', 'title: x', '', '# 標題', '', '正文', ''].join('\n');
    let state = EditorState.create({ doc, extensions: [postLanguage()] });
    ensureSyntaxTree(state, state.doc.length, 5000);
    for (const [name, edit] of edits) {
      state = state.update({ changes: edit(doc) }).state;
      doc = state.doc.toString();
      expect(ensureSyntaxTree(state, state.doc.length, 5000)?.toString(), name).toBe(treeOf(doc).toString());
    }
  });
});
