// What the error banner says for each AppError code: a headline, the shell's message, and whether to offer "Open Site…".
import type { AppError } from '../ipc/bindings/AppError';
import { UI_CODES, errorLocation } from '../ipc/errors';

export interface ErrorText {
  headline: string;
  /** The shell's message; it already names the file and ends with the likely fix. */
  detail: string;
  /** `path:line:column` when the error points into a file. */
  location: string | null;
  /** True when picking another site folder is the way out. */
  offerOpenSite: boolean;
}

function headlineFor(code: string): { headline: string; offerOpenSite: boolean } {
  switch (code) {
    case 'site-no-config':
      return { headline: 'This folder is not a Hugo site', offerOpenSite: true };
    case 'config-read':
    case 'config-syntax':
    case 'config-value':
      return { headline: 'The site config needs a fix', offerOpenSite: false };
    case 'content-dir-read':
      return { headline: 'The content folder cannot be read', offerOpenSite: true };
    case 'not-content':
      return { headline: 'That file is not a post of this site', offerOpenSite: false };
    case UI_CODES.ipcUnavailable:
      return { headline: 'Inkstone’s backend is not reachable', offerOpenSite: false };
    default:
      return { headline: 'Something went wrong', offerOpenSite: false };
  }
}

export function describeError(error: AppError): ErrorText {
  const { headline, offerOpenSite } = headlineFor(error.code);
  const location = errorLocation(error);
  // Core messages usually open with `path:line:column:`; don't say it twice.
  const shownLocation = location !== null && error.message.startsWith(location) ? null : location;
  return { headline, detail: error.message, location: shownLocation, offerOpenSite };
}
