import { describe, expect, it } from 'vitest';
import { addImage, itemKeyAction, moveImage, removeImage } from './imageList';

const LIST = ['/images/posts/a.webp', '/images/posts/a-2.webp', '/images/posts/a-3.webp'];

describe('image list edits', () => {
  it('adds at the end, never the same image twice', () => {
    expect(addImage(LIST, '/images/posts/a-4.webp')).toEqual([...LIST, '/images/posts/a-4.webp']);
    expect(addImage(LIST, LIST[1])).toEqual(LIST);
    expect(addImage([], 'cover.webp')).toEqual(['cover.webp']);
  });

  it('removes one item', () => {
    expect(removeImage(LIST, 1)).toEqual([LIST[0], LIST[2]]);
  });

  it('moves an item up and down, stopping at the ends', () => {
    expect(moveImage(LIST, 2, -1)).toEqual({ list: [LIST[0], LIST[2], LIST[1]], index: 1 });
    expect(moveImage(LIST, 0, 1)).toEqual({ list: [LIST[1], LIST[0], LIST[2]], index: 1 });
    expect(moveImage(LIST, 0, -1)).toEqual({ list: LIST, index: 0 });
    expect(moveImage(LIST, 0, Infinity)).toEqual({ list: [LIST[1], LIST[2], LIST[0]], index: 2 });
  });

  it('maps keys to moves, removal and focus', () => {
    expect(itemKeyAction('ArrowUp', true)).toEqual({ kind: 'move', delta: -1 });
    expect(itemKeyAction('ArrowDown', false)).toEqual({ kind: 'focus', delta: 1 });
    expect(itemKeyAction('Delete', false)).toEqual({ kind: 'remove' });
    expect(itemKeyAction('a', false)).toBeNull();
  });
});
