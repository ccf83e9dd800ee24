// Markdown with the leading `---` front matter block parsed (and so highlighted) as YAML.
import { deleteMarkupBackward, insertNewlineContinueMarkupCommand, markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { LanguageSupport } from '@codemirror/language';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';

/**
 * Enter continues lists and quotes; on an empty item it ends the list at once (as writers expect
 * from other editors), rather than first loosening the list as CodeMirror's default does.
 * Backspace after a marker removes the marker.
 */
const continuation = Prec.high(
  keymap.of([
    { key: 'Enter', run: insertNewlineContinueMarkupCommand({ nonTightLists: false }) },
    { key: 'Backspace', run: deleteMarkupBackward },
  ]),
);

/**
 * Hugo posts open with YAML between `---` lines; lang-yaml's frontmatter wrapper
 * detects that block and nests the YAML parser there, markdown (GFM flavour, as
 * goldmark renders it) everywhere else.
 */
export function postLanguage(): LanguageSupport {
  const post = yamlFrontmatter({ content: markdown({ base: markdownLanguage, addKeymap: false }) });
  return new LanguageSupport(post.language, [post.support, continuation]);
}
