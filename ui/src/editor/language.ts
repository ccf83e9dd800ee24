// Markdown with the leading front matter block: YAML (parsed, and so highlighted, as YAML), TOML or JSON.
import { deleteMarkupBackward, insertNewlineContinueMarkupCommand, markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { LanguageSupport } from '@codemirror/language';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { frontMatterBlock } from './frontMatterBlock';

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
 * Hugo posts open with front matter: YAML between `---` lines, TOML between `+++` lines or a
 * JSON object. It is one block of the markdown tree (GFM flavour, as goldmark renders it), with
 * the YAML parser nested inside a YAML block.
 */
export function postLanguage(): LanguageSupport {
  const post = markdown({ base: markdownLanguage, addKeymap: false, extensions: [frontMatterBlock] });
  return new LanguageSupport(post.language, [post.support, continuation]);
}
