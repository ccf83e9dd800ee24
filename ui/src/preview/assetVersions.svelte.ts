// Which site files changed on disk since the preview first loaded them, so an image the writer adds or replaces shows at once.
//
// The preview patches only blocks whose HTML changed. An <img> whose file was missing (or has
// been replaced) renders to the same HTML, so without a new URL WebKit keeps the broken or
// stale picture from its memory cache. Each changed file gets a new version, which becomes a
// `?v=N` on its protocol URL (the shell's protocol ignores the query).

// Not reactive on purpose: the preview reacts to `assetEpoch`, once per batch, not per file.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const perFile = new Map<string, number>();
/** Bumped when every file may have changed (the site was read afresh). */
let everyFile = 0;
let counter = 0;

/** Increases whenever a version changes; the preview re-points its images then. */
export const assetEpoch = $state({ value: 0 });

/** Site-relative files changed on disk (`'all'` after the site was reopened). */
export function assetsChanged(files: readonly string[] | 'all'): void {
  if (files !== 'all' && files.length === 0) return;
  counter += 1;
  if (files === 'all') everyFile = counter;
  else for (const file of files) perFile.set(file, counter);
  assetEpoch.value = counter;
}

/** The version of a site file: 0 until it changes on disk. */
export function assetVersion(file: string): number {
  return Math.max(perFile.get(file) ?? 0, everyFile);
}

/** The URL of a site file with its version, so a changed file is fetched again. */
export function versionedUrl(url: string, file: string): string {
  const version = assetVersion(file);
  if (version === 0) return url;
  return `${url}${url.includes('?') ? '&' : '?'}v=${version}`;
}

/** Forgets every version (tests; a new site). */
export function resetAssetVersions(): void {
  perFile.clear();
  everyFile = 0;
  counter = 0;
  assetEpoch.value = 0;
}
