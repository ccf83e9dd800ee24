import { describe, expect, it } from 'vitest';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { postLanguage } from './language';

const POST = ['---', 'title: "墨池"', 'tags: [Rust, AI]', '---', '', '## 前言', '', '一段**文字**。', ''].join('\n');

/** The names of the syntax nodes enclosing the first occurrence of `needle`, innermost first. */
function nodesAt(needle: string): string[] {
  const state = EditorState.create({ doc: POST, extensions: [postLanguage()] });
  const tree = ensureSyntaxTree(state, state.doc.length, 5000);
  if (tree === null) throw new Error('the parser did not finish');
  const names: string[] = [];
  for (let node: ReturnType<typeof tree.resolveInner> | null = tree.resolveInner(POST.indexOf(needle) + 1, 1); node; node = node.parent) {
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
  });

  it('parses the body as markdown', () => {
    expect(nodesAt('前言')).toContain('ATXHeading2');
    expect(nodesAt('文字')).toContain('StrongEmphasis');
  });

  it('treats a file without front matter as plain markdown', () => {
    const state = EditorState.create({ doc: '# 標題\n', extensions: [postLanguage()] });
    const tree = ensureSyntaxTree(state, state.doc.length, 5000);
    expect(tree?.resolveInner(2, 1).name).toBe('ATXHeading1');
    expect(tree?.toString()).not.toContain('Frontmatter');
  });
});
