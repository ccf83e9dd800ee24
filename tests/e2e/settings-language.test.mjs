// Switching the UI language in the settings: English ↔ 繁體中文. The visible strings and the
// list's dates change at once, and the choice is kept across a relaunch.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './lib/app.mjs';
import { settingsFile } from './lib/app.mjs';
import { choose, listCount } from './lib/desk.mjs';

/** What the writer sees that depends on the language. */
async function visible(session) {
  return session.exec(`return {
    lang: document.documentElement.lang,
    settings: document.querySelector('[data-testid="open-settings"]').textContent.trim(),
    search: document.querySelector('[data-testid="post-search"]').placeholder,
    count: document.querySelector('.count-row .count').textContent.trim(),
    date: document.querySelector('[data-testid="post-item"] time').textContent.trim(),
    empty: (document.querySelector('[data-testid="no-post"]') || { textContent: '' }).textContent.trim(),
  };`);
}

const ENGLISH = { lang: 'en', settings: 'Settings', search: 'Search title, path, #tag or text', count: '3 posts' };
const CHINESE = { lang: 'zh-Hant-TW', settings: '設定', search: '搜尋標題、路徑、#標籤或內文', count: '3 篇文章' };

async function pickLanguage(session, value) {
  await (await session.find('[data-testid="open-settings"]')).click();
  await session.waitForElement('[data-testid="setting-language"]');
  await choose(session, '[data-testid="setting-language"]', value);
}

async function closeSettings(session) {
  await (await session.find('[data-testid="settings-dialog"] .actions button')).click();
}

test('the UI language switches between English and 繁體中文 and is kept across a relaunch', async (t) => {
  let app = await launch({ site: 'e2e-small', settings: { language: 'en' } });
  let ok = false;
  try {
    const { session, home } = app;
    await session.waitFor('three posts', async () => (await listCount(session)) === 3);
    const en = await visible(session);
    assert.deepEqual({ ...en, date: undefined, empty: undefined }, { ...ENGLISH, date: undefined, empty: undefined });
    assert.match(en.date, /^[A-Z][a-z]{2} \d{1,2}, 2024$/);
    assert.match(en.empty, /No post open/);

    await pickLanguage(session, 'zh-TW');
    await session.waitFor('the UI in Chinese', async () => (await visible(session)).lang === 'zh-Hant-TW');
    const zh = await visible(session);
    assert.deepEqual({ ...zh, date: undefined, empty: undefined }, { ...CHINESE, date: undefined, empty: undefined });
    assert.match(zh.date, /^2024年5月\d{1,2}日$/);
    assert.doesNotMatch(zh.empty, /[A-Za-z]{3}/, 'the empty state is translated too');
    // The settings dialog itself switched.
    assert.equal((await session.textOf('#settings-title')).trim(), '設定');
    await closeSettings(session);

    // The choice is on disk before the app goes.
    await session.waitFor('the language to be stored', () => JSON.parse(readFileSync(settingsFile(home), 'utf8')).ui?.language === 'zh-TW');
    await app.stop({ name: t.name, passed: true });

    app = await launch({ site: 'e2e-small', home });
    await app.session.waitFor('three posts after the relaunch', async () => (await listCount(app.session)) === 3);
    await app.session.waitFor('the UI still in Chinese', async () => (await visible(app.session)).settings === CHINESE.settings);
    assert.equal((await visible(app.session)).search, CHINESE.search);

    await pickLanguage(app.session, 'en');
    await app.session.waitFor('the UI back in English', async () => (await visible(app.session)).settings === ENGLISH.settings);
    assert.equal((await visible(app.session)).count, ENGLISH.count);
    ok = true;
  } finally {
    await app.stop({ name: t.name, passed: ok });
  }
});
