// Markdown with the leading `---` front matter block parsed (and so highlighted) as YAML.
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import type { LanguageSupport } from '@codemirror/language';

/**
 * Hugo posts open with YAML between `---` lines; lang-yaml's frontmatter wrapper
 * detects that block and nests the YAML parser there, markdown (GFM flavour, as
 * goldmark renders it) everywhere else.
 */
export function postLanguage(): LanguageSupport {
  // addKeymap: Enter continues lists and quotes, Backspace undoes the markup, as writers expect.
  return yamlFrontmatter({ content: markdown({ base: markdownLanguage, addKeymap: true }) });
}
