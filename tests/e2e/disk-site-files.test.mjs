// Outside changes to what a post depends on besides its own file: an image under static/, a shortcode under
// layouts/shortcodes/, a data/ file a `ref` field names, and the site config. The open post's diagnostics and
// preview follow; a config change re-reads the site and leaves the open tabs and their unsaved text as they were.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { editorText, openPost, typeAtEnd, waitForState } from './lib/editing.mjs';

const POST = 'content/posts/20240601-watched.md';
const PHOTO = 'static/images/later/photo.webp';

/** A post that needs an image, a shortcode and a data entry the site does not have yet. */
function prepare(site) {
  writeFileSync(
    join(site, POST),
    [
      '---',
      'title: "Watched"',
      'date: 2024-06-01T09:00:00+08:00',
      'related_people: ["ada-lovelace", "zoe-new"]',
      '---',
      '',
      'Before the photo.',
      '',
      '![A photo added later](/images/later/photo.webp)',
      '',
      '{{< foo >}}',
      '',
      'Raw <mark>inline html</mark> here.',
      '',
    ].join('\n'),
  );
  writeFileSync(join(site, 'inkstone.yaml'), 'fields:\n  related_people:\n    type: list\n    ref: { to: data/people }\n');
  mkdirSync(join(site, 'data'));
  writeFileSync(join(site, 'data/people.yaml'), 'ada-lovelace:\n  name: Ada Lovelace\n');
}

/** The codes of the open post's diagnostics. */
function diagnosticCodes(session) {
  return session.exec(`return [...document.querySelectorAll('[data-testid="diagnostic"]')].map((d) => d.dataset.code);`);
}

async function waitForCode(session, code, present) {
  await session.waitFor(`diagnostic ${code} ${present ? 'shown' : 'gone'}`, async () => (await diagnosticCodes(session)).includes(code) === present);
}

/** Runs `script` (a function body) against the preview frame's document. */
function inPreview(session, script) {
  return session.exec(`const f = document.querySelector('[data-testid="preview"] iframe');
    const doc = f && f.contentDocument;
    if (!doc || !doc.body) return null;
    ${script}`);
}

/** Adds the photo the post names, in a new folder, as a sync client or `git pull` brings them. */
function addPhoto(site) {
  mkdirSync(join(site, 'static/images/later'), { recursive: true });
  copyFileSync(join(site, 'static/images/posts/20240501-first-light.webp'), join(site, PHOTO));
}

test('an image added under static/ clears the missing-image error', async (t) => {
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
    await openPost(session, POST);
    await waitForCode(session, 'image-missing', true);
    addPhoto(site);
    await waitForCode(session, 'image-missing', false);
    await waitForState(session, 'saved');
  });
});

// The added image's HTML does not change (the same <img>), so the preview must fetch it again itself:
// each file a batch names gets a new versioned URL (ui/src/preview/assetVersions.svelte.ts).
test(
  'an image added under static/ shows in the open preview',
  async (t) => {
    await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
      await openPost(session, POST);
      await waitForCode(session, 'image-missing', true);
      addPhoto(site);
      await waitForCode(session, 'image-missing', false);
      await session.waitFor('the preview to show the photo', () =>
        inPreview(session, `const img = doc.querySelector('img[alt="A photo added later"]'); return !!img && img.complete && img.naturalWidth > 0;`),
      );
    });
  },
);

test('a shortcode added under layouts/shortcodes/ clears the unknown-shortcode warning', async (t) => {
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
    await openPost(session, POST);
    await waitForCode(session, 'shortcode-unknown', true);
    // The fixture has layouts/ but no shortcodes folder yet.
    mkdirSync(join(site, 'layouts/shortcodes'));
    writeFileSync(join(site, 'layouts/shortcodes/foo.html'), '<aside>foo</aside>\n');
    await waitForCode(session, 'shortcode-unknown', false);
    assert.ok((await diagnosticCodes(session)).includes('image-missing'), 'other diagnostics stay');
  });
});

test('an entry added to a data/ file clears the ref warning that named it', async (t) => {
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
    await openPost(session, POST);
    await waitForCode(session, 'ref-missing', true);
    appendFileSync(join(site, 'data/people.yaml'), 'zoe-new:\n  name: Zoe New\n');
    await waitForCode(session, 'ref-missing', false);
    await waitForState(session, 'saved');
  });
});

test('a config change re-reads the site: new title, raw HTML allowed, open tabs and unsaved text kept', async (t) => {
  await withApp(t, { site: 'e2e-small', prepare, settings: { autosaveSeconds: 0 } }, async ({ session, site }) => {
    await openPost(session, 'content/posts/20240501-first-light.md');
    await openPost(session, POST);
    await session.waitFor('the preview to render', () => inPreview(session, `return doc.body.textContent.includes('inline html');`));
    assert.equal(await inPreview(session, `return doc.querySelector('mark') !== null;`), false, 'raw HTML is omitted before');
    await typeAtEnd(session, '\nUnsaved while the config changes.');
    await waitForState(session, 'dirty');
    const config = join(site, 'hugo.toml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('title = "E2E Small Site"', 'title = "E2E Small Site, Renamed"') +
        '\n[markup.goldmark.renderer]\n  unsafe = true\n',
    );
    await session.waitFor('the new site title', async () => (await session.textOf('[data-testid="site-title"]')) === 'E2E Small Site, Renamed');
    await session.waitFor('the preview to keep the raw HTML', () =>
      inPreview(session, `const m = doc.querySelector('mark'); return !!m && m.textContent === 'inline html';`),
    );
    const tabs = await session.exec(`return [...document.querySelectorAll('[data-testid="tab"]')].map((tab) => tab.dataset.path);`);
    assert.deepEqual(tabs, ['content/posts/20240501-first-light.md', POST]);
    assert.equal(await session.exec(`return document.querySelector('[data-testid="editor"]').dataset.path;`), POST);
    assert.ok((await editorText(session)).includes('Unsaved while the config changes.'));
    await waitForState(session, 'dirty');
    assert.ok(!readFileSync(join(site, POST), 'utf8').includes('Unsaved while'), 'nothing was written');
    await openPost(session, 'content/posts/20240501-first-light.md');
    await openPost(session, POST);
    assert.ok((await editorText(session)).includes('Unsaved while the config changes.'), 'the tab kept its text across a switch');
  });
});
