// Every sentence the UI shows, in one place so the coming zh-TW interface is a second table, not a hunt.

export const t = {
  appName: 'Inkstone',
  openSite: 'Open Site…',
  openSiteHint: 'Pick the folder of a Hugo site',
  noSiteTitle: 'No site open',
  // No curly quotes in Latin copy: CJK fonts, which Linux often falls back to, draw them full-width.
  noSiteBody: 'Choose Open Site… and pick the folder that holds your hugo.toml.',
  searchLabel: 'Search posts',
  searchPlaceholder: 'Search title, path or #tag',
  loadingPosts: 'Loading posts…',
  noPostsTitle: 'This site has no posts yet',
  noPostsBody: 'Add Markdown files under content/ and they will appear here.',
  noMatch: 'No post matches this search',
  clearSearch: 'Clear search',
  postCount: (shown: number, total: number) =>
    shown === total
      ? `${total.toLocaleString()} ${total === 1 ? 'post' : 'posts'}`
      : `${shown.toLocaleString()} of ${total.toLocaleString()} posts`,
  draft: 'Draft',
  undated: 'No date',
  noPostTitle: 'No post open — pick one on the left',
  noPostBody: 'The text opens here, with a live preview beside it.',
  loadingPost: 'Opening…',
  editorLabel: 'Post text',
  previewTitle: 'Preview',
  previewFrameTitle: 'Preview of the post',
  previewEmpty: 'The preview appears once a post is open.',
  previewFailed: 'The preview could not be updated; it shows the last good render.',
  diagnostics: (errors: number, warnings: number) =>
    [errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
      .filter((part) => part !== '')
      .join(', '),
  dismiss: 'Dismiss',
  saveState: {
    saved: 'Saved',
    dirty: 'Unsaved changes',
    saving: 'Saving…',
    error: 'Not saved',
    conflict: 'Changed on disk',
  },
  conflictTitle: 'This file changed on disk while you were editing it.',
  conflictBody: 'Nothing was overwritten. Keep your text, or take the version on disk.',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  unsavedTitle: 'Save your changes?',
  unsavedBody: 'This post has changes that are not saved yet.',
  save: 'Save',
  discard: 'Don\'t save',
  cancel: 'Cancel',
} as const;
