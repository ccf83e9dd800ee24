// Pure rules of the series panel: moving a part, where the open post stands in its series.
import type { SeriesOverview } from '../ipc/bindings/SeriesOverview';

/** `paths` with the item at `from` moved to index `to` (clamped); the same array when nothing moves. */
export function moveTo(paths: readonly string[], from: number, to: number): string[] {
  const target = Math.max(0, Math.min(paths.length - 1, to));
  if (from < 0 || from >= paths.length || target === from) return [...paths];
  const moved = [...paths];
  const [item] = moved.splice(from, 1);
  moved.splice(target, 0, item);
  return moved;
}

/** Alt+ArrowUp / Alt+ArrowDown as a move of one place; null for any other key. */
export function keyMove(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return null;
}

/** The series the post at `path` belongs to, with its part number and the series' length. */
export interface PartOf {
  name: string;
  part: number;
  total: number;
}

export function partsOf(all: readonly SeriesOverview[], path: string | null): PartOf[] {
  if (path === null) return [];
  const found: PartOf[] = [];
  for (const series of all) {
    const post = series.posts.find((p) => p.path === path);
    if (post) found.push({ name: series.name, part: post.part, total: series.posts.length });
  }
  return found;
}

/** The series a post in language `lang` can join: those of its language it is not yet part of. */
export function joinable(all: readonly SeriesOverview[], path: string, lang: string): SeriesOverview[] {
  return all.filter((s) => s.lang === lang && !s.posts.some((p) => p.path === path));
}
