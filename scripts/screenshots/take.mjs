// Screenshots of the main screen for the README: the demo site with a Chinese post of its
// series open, in English and Traditional Chinese, light and dark, at 1280x800.
//
//   xvfb-run -a -s "-screen 0 1440x900x24" node scripts/screenshots/take.mjs   (or ./dev screenshots)
//
// Each shot is a fresh launch of target/debug/inkstone-app with isolated settings (the demo
// site is copied on first launch, as for a new writer), driven by the e2e harness.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, REPO } from '../../tests/e2e/lib/app.mjs';

const OUT = join(REPO, 'docs', 'screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
// Part three of the demo series 靜態網站寫作實務: Chinese text, the cross-link block, a callout.
const POST = 'content/posts/20250915-designing-a-series.md';
const VARIANTS = [
  { name: 'main-en-light', language: 'en', theme: 'light' },
  { name: 'main-en-dark', language: 'en', theme: 'dark' },
  { name: 'main-zh-TW-light', language: 'zh-TW', theme: 'light' },
  { name: 'main-zh-TW-dark', language: 'zh-TW', theme: 'dark' },
];

/** Sizes the window so that the web view (what the screenshot holds) is exactly WIDTH x HEIGHT. */
async function fitViewport(session) {
  let width = WIDTH;
  let height = HEIGHT;
  for (let i = 0; i < 5; i++) {
    await session.setWindowSize(width, height);
    await new Promise((r) => setTimeout(r, 300));
    const inner = await session.exec('return [window.innerWidth, window.innerHeight];');
    if (inner[0] === WIDTH && inner[1] === HEIGHT) return;
    width += WIDTH - inner[0];
    height += HEIGHT - inner[1];
  }
  throw new Error('could not size the window to the screenshot size');
}

async function shoot({ name, language, theme }) {
  const app = await launch({ settings: { language, theme, layout: 'split' } });
  try {
    const { session } = app;
    await fitViewport(session);
    const item = await session.waitForElement(`[data-testid="post-item"][data-path="${POST}"]`, 30000);
    await item.click();
    await session.waitFor('the post in the preview', () =>
      session.exec(`const f = document.querySelector('[data-testid="preview"] iframe');
        const d = f && f.contentDocument;
        return !!d && d.documentElement.dataset.theme === arguments[0] && d.querySelectorAll('h2').length > 0;`, theme),
    );
    await session.waitFor('the form and the counts', () =>
      session.exec(`return !!document.querySelector('[data-testid="meta-title"]') && !!document.querySelector('[data-testid="word-count"]');`),
    );
    // Nothing focused, no caret blinking in the shot; let fonts and layout settle.
    await session.exec('document.activeElement && document.activeElement.blur(); return true;');
    await new Promise((r) => setTimeout(r, 800));
    const png = await session.screenshot();
    const file = join(OUT, `${name}.png`);
    writeFileSync(file, png);
    console.log(`${file} (${png.length} bytes)`);
  } finally {
    await app.stop();
  }
}

mkdirSync(OUT, { recursive: true });
for (const variant of VARIANTS) await shoot(variant);
