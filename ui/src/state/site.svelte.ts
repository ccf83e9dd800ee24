// The open site and its post list: what the sidebar shows. Filtering rules live in postFilter.ts.
import type { AppError } from '../ipc/bindings/AppError';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import type { SiteInfo } from '../ipc/bindings/SiteInfo';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import { NO_FILTERS, applyFilters } from './listFilters';
import type { ListFilters } from './listFilters';
import { filterPosts } from './postFilter';

export type SiteStatus = 'idle' | 'loading' | 'ready';

export class SiteStore {
  site = $state.raw<SiteInfo | null>(null);
  // Raw: a post list can hold 10,000 entries that never change in place; no deep proxies needed.
  posts = $state.raw<PostSummary[]>([]);
  query = $state('');
  status = $state<SiteStatus>('idle');
  error = $state.raw<AppError | null>(null);

  filters = $state<ListFilters>({ ...NO_FILTERS });

  /** The posts matching the search; the filter panel counts over these. */
  searched = $derived(filterPosts(this.posts, this.query));
  /** The posts the list shows: matching the search and the filters, in the chosen order. */
  visible = $derived(applyFilters(this.searched, this.filters));

  clearFilters(): void {
    this.filters = { ...NO_FILTERS, sort: this.filters.sort };
  }

  // Guards against an older load finishing after a newer one (two quick "site-opened" events).
  #generation = 0;

  /** Loads the site the shell opened at launch, if any. */
  async loadCurrent(): Promise<void> {
    await this.#load(() => ipc.siteCurrent());
  }

  /** Asks the writer for a folder; returns the opened site, or null when they cancel (the current site stays). */
  async openWithDialog(): Promise<SiteInfo | null> {
    let site: SiteInfo | null;
    try {
      site = await ipc.siteOpenDialog();
    } catch (reason) {
      this.error = toAppError(reason);
      return null;
    }
    if (site === null) return null;
    await this.showOpened(site);
    return site;
  }

  /** The shell opened `site` on its own (menu "Open Site…"): show it and reload its posts. */
  async showOpened(site: SiteInfo): Promise<void> {
    await this.#load(async () => site);
  }

  /** A save changed a post: its list entry now says what the index says. */
  updatePost(summary: PostSummary | null): void {
    if (summary === null) return;
    const known = this.posts.some((post) => post.path === summary.path);
    this.posts = known ? this.posts.map((post) => (post.path === summary.path ? summary : post)) : [summary, ...this.posts];
  }

  /** The index changed on disk (a pull, another editor): ask for the list again, keeping search and filters. */
  async refreshPosts(site: SiteInfo | null = null): Promise<void> {
    const generation = this.#generation;
    try {
      const posts = await ipc.postsList();
      if (generation !== this.#generation) return;
      if (site !== null) this.site = site;
      this.posts = posts;
    } catch (reason) {
      if (generation === this.#generation) this.error = toAppError(reason);
    }
  }

  dismissError(): void {
    this.error = null;
  }

  async #load(getSite: () => Promise<SiteInfo | null>): Promise<void> {
    const generation = ++this.#generation;
    this.status = 'loading';
    this.error = null;
    try {
      const site = await getSite();
      const posts = site === null ? [] : await ipc.postsList();
      if (generation !== this.#generation) return;
      if (site?.root !== this.site?.root) {
        this.query = '';
        this.filters = { ...NO_FILTERS };
      }
      this.site = site;
      this.posts = posts;
    } catch (reason) {
      if (generation !== this.#generation) return;
      this.error = toAppError(reason);
    } finally {
      if (generation === this.#generation) this.status = 'ready';
    }
  }
}
