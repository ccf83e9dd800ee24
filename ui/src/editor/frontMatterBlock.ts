// Hugo's front matter as a block of the markdown tree: YAML (`---`), TOML (`+++`) or JSON
// (`{` … `}`), so none of its lines reads as markdown. YAML is parsed inside it as YAML; TOML's
// and JSON's keys, strings and comments are marked line by line.
import type { BlockContext, Element, Line, MarkdownConfig } from '@lezer/markdown';
import { parseMixed } from '@lezer/common';
import { tags } from '@lezer/highlight';
import { yamlLanguage } from '@codemirror/lang-yaml';
import { frontMatterTokens } from './frontMatterTokens';
import type { FrontMatterSyntax } from './frontMatterTokens';

/** Each opening line (after an optional byte order mark): its syntax and the line that closes it. */
const FENCES: Record<string, { syntax: FrontMatterSyntax | 'yaml'; closing: string }> = {
  '---': { syntax: 'yaml', closing: '---' },
  '+++': { syntax: 'toml', closing: '+++' },
  '{': { syntax: 'json', closing: '}' },
};

function parseFrontMatter(cx: BlockContext, line: Line): boolean {
  if (cx.lineStart !== 0) return false;
  const bom = line.text.startsWith('\uFEFF') ? 1 : 0;
  const opening = line.text.slice(bom).trimEnd();
  const fence = FENCES[opening];
  if (fence === undefined) return false;
  const { syntax, closing } = fence;
  const children: Element[] = [];
  const addLine = (text: string, at: number): void => {
    if (syntax === 'yaml') return;
    for (const token of frontMatterTokens(text, syntax)) children.push(cx.elt(token.type, at + token.from, at + token.to));
  };
  // YAML's lines are one node, which the YAML parser takes over (see `wrap` below).
  const contentFrom = line.text.length + 1;
  const addYaml = (to: number): void => {
    if (syntax === 'yaml' && to > contentFrom) children.push(cx.elt('FrontmatterContent', contentFrom, to));
  };
  // JSON's braces belong to the object; the YAML and TOML fences are markup around it.
  if (syntax === 'json') addLine(line.text.slice(bom), bom);
  else children.push(cx.elt('FrontmatterMark', bom, bom + opening.length));
  let end = -1;
  while (cx.nextLine()) {
    if (line.text.trimEnd() === closing) {
      addYaml(cx.lineStart - 1);
      if (syntax === 'json') addLine(line.text, cx.lineStart);
      else children.push(cx.elt('FrontmatterMark', cx.lineStart, cx.lineStart + closing.length));
      end = cx.lineStart + line.text.length;
      cx.nextLine();
      break;
    }
    addLine(line.text, cx.lineStart);
  }
  // Never closed: Hugo refuses the file (the diagnostics say so); the block runs to the end, as it
  // will once the writer types the closing line.
  if (end < 0) {
    end = cx.prevLineEnd();
    addYaml(end);
  }
  cx.addElement(cx.elt('Frontmatter', 0, end, children));
  return true;
}

/**
 * The front matter block for lezer's markdown parser. Recognised only on the document's first
 * line, as Hugo does, so a later `---` stays a rule or a heading underline. It replaces lang-yaml's
 * front matter grammar wrapped around the markdown parser, which knew neither TOML (a `# comment`
 * in it showed as a heading) nor JSON nor a byte order mark. The editor's parse per keystroke
 * costs the same either way (measured in the app on the 50 KB post).
 */
export const frontMatterBlock: MarkdownConfig = {
  defineNodes: [
    { name: 'Frontmatter', block: true },
    { name: 'FrontmatterMark', style: tags.meta },
    { name: 'FrontmatterContent' },
    { name: 'FrontmatterKey', style: tags.propertyName },
    { name: 'FrontmatterString', style: tags.string },
    { name: 'FrontmatterComment', style: tags.lineComment },
    { name: 'FrontmatterPunct', style: tags.punctuation },
  ],
  parseBlock: [{ name: 'Frontmatter', parse: parseFrontMatter, before: 'IndentedCode' }],
  wrap: parseMixed((node) => (node.name === 'FrontmatterContent' ? { parser: yamlLanguage.parser } : null)),
};
