// The new post dialog's rules: the slug follows the title until the writer edits it, and what is sent to the shell.
import type { NewPostRequest } from '../ipc/bindings/NewPostRequest';

export interface NewPostForm {
  title: string;
  section: string;
  /** Empty: no series. */
  series: string;
  lang: string;
  /** What the slug field shows: the shell's suggestion, or the writer's own. */
  slug: string;
  /** The writer typed a slug: it no longer follows the title. */
  slugEdited: boolean;
}

/** The writer's defaults for new posts, from the settings. */
export interface NewPostDefaults {
  author: string;
  categories: string[];
}

export function emptyForm(section: string, lang: string): NewPostForm {
  return { title: '', section, series: '', lang, slug: '', slugEdited: false };
}

/** A new title; the slug is suggested again unless the writer made it their own. */
export function editTitle(form: NewPostForm, title: string): NewPostForm {
  return { ...form, title, slug: form.slugEdited ? form.slug : '' };
}

/** The writer edits the slug; clearing it hands it back to the title. */
export function editSlug(form: NewPostForm, slug: string): NewPostForm {
  return { ...form, slug, slugEdited: slug.trim() !== '' };
}

/** The slug the shell suggested for the current title, shown while the writer has not edited it. */
export function suggestSlug(form: NewPostForm, suggested: string): NewPostForm {
  return form.slugEdited ? form : { ...form, slug: suggested };
}

/**
 * What a typed slug becomes, as the shell cleans it: lowercase ASCII letters and digits joined by
 * single hyphens. Non-ASCII text is left for the shell to transliterate (empty here means "ask it").
 */
export function cleanSlug(typed: string): string {
  return typed
    .toLowerCase()
    .replace(/['\u2019]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** The request for the shell; the writer's defaults go along, empty ones left out. */
export function toRequest(form: NewPostForm, defaults: NewPostDefaults): NewPostRequest {
  const extra: Record<string, unknown> = {};
  if (defaults.author.trim() !== '') extra.author = defaults.author.trim();
  const categories = defaults.categories.map((c) => c.trim()).filter((c) => c !== '');
  if (categories.length > 0) extra.categories = categories;
  return {
    title: form.title.trim(),
    section: form.section.trim() === '' ? null : form.section.trim(),
    series: form.series.trim() === '' ? null : form.series.trim(),
    lang: form.lang === '' ? null : form.lang,
    slug: form.slugEdited ? form.slug.trim() : null,
    defaults: extra,
  };
}

/** A site-relative path as its folder (with a trailing `/`) and its file name, for the preview line. */
export function splitPath(path: string): { folder: string; name: string } {
  const at = path.lastIndexOf('/');
  return at < 0 ? { folder: '', name: path } : { folder: path.slice(0, at + 1), name: path.slice(at + 1) };
}

/** Today's date as `YYYYMMDD` in `timeZone` (the site's), or the machine's zone without one. */
export function todayIn(timeZone: string | null, now: Date): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: timeZone ?? undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  }
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}${get('month')}${get('day')}`;
}

/** Parses the comma-separated categories the settings field holds. */
export function parseCategories(text: string): string[] {
  return text
    .split(/[,，、]/u)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/**
 * The site's file name pattern filled in locally, for the preview before the shell answers (or
 * while the title is still empty): `{date:%Y%m%d}-{slug}.md` → `20260206-….md`. Strftime codes
 * other than %Y, %m, %d stay as written; the shell's plan is the authority.
 */
export function patternPreview(pattern: string, parts: { today: string; slug: string; section: string; lang: string }): string {
  const [y, m, d] = [parts.today.slice(0, 4), parts.today.slice(4, 6), parts.today.slice(6, 8)];
  const date = (format: string): string => format.replace(/%Y/gu, y).replace(/%m/gu, m).replace(/%d/gu, d);
  return pattern.replace(/\{([^}]*)\}/gu, (whole, name: string) => {
    if (name === 'slug') return parts.slug === '' ? '…' : parts.slug;
    if (name === 'section') return parts.section.replace(/\//gu, '-');
    if (name === 'lang') return parts.lang;
    if (name === 'date') return `${y}-${m}-${d}`;
    if (name.startsWith('date:')) return date(name.slice(5));
    return whole;
  });
}
