import { describe, expect, it } from 'vitest';
import { cleanSlug, editSlug, editTitle, emptyForm, parseCategories, patternPreview, splitPath, suggestSlug, toRequest, todayIn } from './newPostForm';

const NONE = { author: '', categories: [] };

describe('the slug', () => {
  it('follows the title until the writer edits it', () => {
    let form = emptyForm('posts', 'zh-tw');
    form = suggestSlug(editTitle(form, '寫作工具'), 'xie-zuo-gong-ju');
    expect(form.slug).toBe('xie-zuo-gong-ju');
    expect(toRequest(form, NONE).slug).toBeNull();
    form = suggestSlug(editTitle(form, '寫作工具二'), 'xie-zuo-gong-ju-er');
    expect(form.slug).toBe('xie-zuo-gong-ju-er');
  });

  it("stays the writer's once edited, whatever the title becomes", () => {
    let form = suggestSlug(editTitle(emptyForm('posts', 'en'), 'Ink'), 'ink');
    form = editSlug(form, 'my-ink');
    form = suggestSlug(editTitle(form, 'Ink and paper'), 'ink-and-paper');
    expect(form.slug).toBe('my-ink');
    expect(toRequest(form, NONE).slug).toBe('my-ink');
  });

  it('clearing the slug hands it back to the title', () => {
    let form = editSlug(suggestSlug(editTitle(emptyForm('posts', 'en'), 'Ink'), 'ink'), 'mine');
    form = editSlug(form, '  ');
    expect(form.slugEdited).toBe(false);
    form = suggestSlug(editTitle(form, 'Ink'), 'ink');
    expect(form.slug).toBe('ink');
    expect(toRequest(form, NONE).slug).toBeNull();
  });

  it('a typed slug is shown cleaned the way the shell cleans it', () => {
    expect(cleanSlug("  Writer's Desk, 2026! ")).toBe('writers-desk-2026');
    expect(cleanSlug('a--b__c')).toBe('a-b-c');
    expect(cleanSlug('寫作')).toBe('');
  });
});

describe('the request', () => {
  it('sends empty choices as null and the writer defaults that are set', () => {
    const form = { ...emptyForm('', ''), title: '  Hello  ' };
    expect(toRequest(form, { author: ' Lin ', categories: ['Notes', ' '] })).toEqual({
      title: 'Hello',
      section: null,
      series: null,
      lang: null,
      slug: null,
      defaults: { author: 'Lin', categories: ['Notes'] },
    });
  });

  it('keeps section, series and language as picked', () => {
    const form = { ...emptyForm('notes/travel', 'en'), title: 'Trip', series: '工具箱' };
    const request = toRequest(form, NONE);
    expect([request.section, request.series, request.lang]).toEqual(['notes/travel', '工具箱', 'en']);
    expect(request.defaults).toEqual({});
  });

  it('reads categories separated by commas, Chinese commas or 、', () => {
    expect(parseCategories('Writing, 工具，筆記、 ')).toEqual(['Writing', '工具', '筆記']);
  });
});

describe('the file name preview', () => {
  it('splits the planned path into folder and file name', () => {
    expect(splitPath('content/posts/20260206-hello.md')).toEqual({ folder: 'content/posts/', name: '20260206-hello.md' });
    expect(splitPath('hello.md')).toEqual({ folder: '', name: 'hello.md' });
  });

  it("takes today in the site's time zone, not the machine's", () => {
    // 2026-02-05 20:00 UTC is already the 6th in Taipei and still the 5th in New York.
    const at = new Date('2026-02-05T20:00:00Z');
    expect(todayIn('Asia/Taipei', at)).toBe('20260206');
    expect(todayIn('America/New_York', at)).toBe('20260205');
    expect(todayIn('Not/AZone', at)).toMatch(/^\d{8}$/u);
  });

  it('fills the default pattern and keeps what it cannot fill', () => {
    const parts = { today: '20260206', slug: 'hello', section: 'notes/travel', lang: 'en' };
    expect(patternPreview('{date:%Y%m%d}-{slug}.md', parts)).toBe('20260206-hello.md');
    expect(patternPreview('{date}_{section}_{lang}_{slug}.md', parts)).toBe('2026-02-06_notes-travel_en_hello.md');
    expect(patternPreview('{date:%Y%m%d}-{slug}.md', { ...parts, slug: '' })).toBe('20260206-….md');
    expect(patternPreview('{title}.md', parts)).toBe('{title}.md');
  });
});
