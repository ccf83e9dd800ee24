// Words, characters and reading time of a post's body, counted as Hugo counts them with hasCJKLanguage.
//
// Words: each CJK character (Han, Hiragana, Katakana, Hangul) is one word, and each run of
// other letters or digits between spaces and CJK characters is one word; markup with no
// letter or digit (`##`, `-`, `>`) counts nothing. Characters: every character but
// whitespace. Reading time: Hugo reads 213 Latin words a minute and 500 CJK characters a
// minute (as `(words + 212) / 213` and `(words + 500) / 501`); a mixed post adds the two
// and rounds up, so a post with any text reads in at least a minute.

export interface TextCounts {
  words: number;
  characters: number;
  minutes: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORDISH = /[\p{L}\p{N}]/u;

/** The text after the front matter block (YAML `---`, TOML `+++`, JSON `{…}` at the top). */
export function bodyOf(text: string): string {
  const plain = text.replace(/^\uFEFF/u, '');
  const fence = /^(---|\+\+\+)[ \t]*\r?\n/u.exec(plain);
  if (fence) {
    const close = new RegExp(`\\r?\\n${fence[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'u');
    const end = close.exec(plain.slice(fence[0].length - 1));
    return end ? plain.slice(fence[0].length - 1 + end.index + end[0].length) : plain;
  }
  if (plain.startsWith('{')) {
    const end = plain.indexOf('\n}');
    return end < 0 ? plain : plain.slice(end + 2);
  }
  return plain;
}

export function countText(body: string): TextCounts {
  let latin = 0;
  let cjk = 0;
  let characters = 0;
  let inWord = false;
  let wordHasLetter = false;
  const endWord = (): void => {
    if (inWord && wordHasLetter) latin++;
    inWord = false;
    wordHasLetter = false;
  };
  for (const ch of body) {
    if (/\s/u.test(ch)) {
      endWord();
      continue;
    }
    characters++;
    if (CJK.test(ch)) {
      endWord();
      cjk++;
      continue;
    }
    inWord = true;
    if (WORDISH.test(ch)) wordHasLetter = true;
  }
  endWord();
  const words = latin + cjk;
  const minutes = words === 0 ? 0 : Math.max(1, Math.ceil(latin / 213 + cjk / 500));
  return { words, characters, minutes };
}

/** The counts of the body of a whole file's text. */
export function countPost(text: string): TextCounts {
  return countText(bodyOf(text));
}
