// Builds the preview iframe's document: the rendered body wrapped in a page that can load nothing but images.
import { READING_CSS } from './readingStyles';

/**
 * The preview's Content-Security-Policy. The iframe is also sandboxed without
 * `allow-scripts`; this additionally blocks fetches, frames and remote styles that
 * rendered markdown might carry, while letting the post's own images show
 * (site files through the shell's inkstone-site protocol, data: URIs and https).
 */
export const PREVIEW_CSP =
  "default-src 'none'; img-src 'self' asset: http://asset.localhost inkstone-site: http://inkstone-site.localhost data: https:; style-src 'unsafe-inline'; font-src data:";

/** The iframe's sandbox: same origin so the app can update the body in place; never scripts. */
export const PREVIEW_SANDBOX = 'allow-same-origin';

export interface PreviewDocumentOptions {
  /** The `lang` of the page, e.g. `zh-TW`; drives CJK font choice and line breaking. */
  lang?: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

/** A complete HTML document whose body is `bodyHtml` (the shell's rendered, sanitized post body). */
export function buildPreviewDocument(bodyHtml: string, options: PreviewDocumentOptions = {}): string {
  const lang = options.lang ? ` lang="${escapeAttribute(options.lang)}"` : '';
  return [
    '<!doctype html>',
    `<html${lang}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(PREVIEW_CSP)}">`,
    '<meta name="color-scheme" content="light dark">',
    `<style>${READING_CSS}</style>`,
    '</head>',
    // Nothing after </body>: the parser would move trailing whitespace into the body.
    `<body>${bodyHtml}</body></html>`,
  ].join('\n');
}
