// Facts about fixture and demo sites, read from disk independently of the app.

import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every content file (.md / .markdown) under `site`/content, as site-relative '/' paths. */
export function contentFiles(site) {
  const out = [];
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const abs = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(abs).isDirectory()) walk(abs, r);
      else if (/\.(md|markdown)$/.test(name)) out.push(`content/${r}`);
    }
  };
  walk(join(site, 'content'), '');
  return out.sort();
}

/** The `## ` headings of a markdown file's body, in order (fenced code skipped). */
export function h2Headings(file) {
  let fenced = false;
  const out = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && line.startsWith('## ')) out.push(line.slice(3).trim());
  }
  return out;
}

/** The `title` of a YAML or TOML site config (a plain top-level `title` line). */
export function siteTitle(configFile) {
  const m = readFileSync(configFile, 'utf8').match(/^title\s*[:=]\s*["']?(.*?)["']?\s*$/m);
  return m ? m[1] : '';
}
