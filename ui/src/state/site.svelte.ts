// The open site and its post list: what the sidebar shows. Filtering rules live in postFilter.ts.
import type { AppError } from '../ipc/bindings/AppError';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import type { SiteInfo } from '../ipc/bindings/SiteInfo';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import { NO_FILTERS, applyFilters } from './listFilters';
import type { ListFilters } from './listFilters';
import type { BodySearch } from '../ipc/bindings/BodySearch';
import { latestWins } from './latestWins';
import { answers, mergeSearch, searchesBodies } from './bodySearch';

/** A pause in typing this long starts a body search; each keystroke before it replaces the last. */
const BODY_SEARCH_DELAY_MS = 150;

export type SiteStatus = 'idle' | 'loading' | 'ready';

export class SiteStore {
  site = $state.raw<SiteInfo | null>(null);
  // Raw: a post list can hold 10,000 entries that never change in place; no deep proxies needed.
  posts = $state.raw<PostSummary[]>([]);
  #query = $state('');
  status = $state<SiteStatus>('idle');
  error = $state.raw<AppError | null>(null);

  filters = $state<ListFilters>({ ...NO_FILTERS });

  /** The body search's answer to the current query, once it has come. */
  bodies = $state.raw<BodySearch | null>(null);
  /** A body search for the current query is on its way. */
  searchingBodies = $state(false);
  /** Why the last body search failed; the title, path and tag matches still show. */
  bodySearchError = $state.raw<AppError | null>(null);

  // Latest wins: a slow answer to "ru" never overwrites the answer to "rust".
  #bodySearch = latestWins<string, BodySearch>({
    delayMs: BODY_SEARCH_DELAY_MS,
    run: (query) => ipc.postsSearchBodies(query),
    onResult: (answer, query) => {
      if (query !== this.#query) return;
      this.bodies = answers(answer, query) ? answer : null;
      this.bodySearchError = null;
      this.searchingBodies = false;
    },
    onError: (reason, query) => {
      if (query !== this.#query) return;
      this.bodies = null;
      this.bodySearchError = toAppError(reason);
      this.searchingBodies = false;
    },
  });

  /** What the writer typed in the search box; setting it asks for a body search. */
  get query(): string {
    return this.#query;
  }

  set query(value: string) {
    if (value === this.#query) return;
    this.#query = value;
    this.#searchBodies();
  }

  /** The search's matches (fields and bodies) with the body snippets; the filter panel counts over these. */
  #search = $derived(mergeSearch(this.posts, this.#query, this.bodies));
  /** The posts matching the search; the filter panel counts over these. */
  searched = $derived(this.#search.posts);
  /** The body snippet of each post its body matched, by path. */
  snippets = $derived(this.#search.snippets);
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
    // The saved body may now match, or no longer.
    this.#searchBodies();
  }

  #searchBodies(): void {
    if (!searchesBodies(this.#query)) {
      this.#bodySearch.cancel();
      this.bodies = null;
      this.bodySearchError = null;
      this.searchingBodies = false;
      return;
    }
    this.searchingBodies = true;
    this.#bodySearch.request(this.#query);
  }

  /** The index changed on disk (a pull, another editor): ask for the list again, keeping search and filters. */
  async refreshPosts(site: SiteInfo | null = null): Promise<void> {
    const generation = this.#generation;
    try {
      const posts = await ipc.postsList();
      if (generation !== this.#generation) return;
      if (site !== null) this.site = site;
      this.posts = posts;
      this.#searchBodies();
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
        this.bodies = null;
        this.filters = { ...NO_FILTERS };
      }
      this.site = site;
      this.posts = posts;
      this.#searchBodies();
    } catch (reason) {
      if (generation !== this.#generation) return;
      this.error = toAppError(reason);
    } finally {
      if (generation === this.#generation) this.status = 'ready';
    }
  }
}
