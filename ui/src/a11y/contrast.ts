// WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them, plus reading a palette out of CSS.

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r g b)` / `rgb(r, g, b)` as 0–255 channels. */
export function parseColor(text: string): Rgb {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/u.exec(value);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgb\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)$/u.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour this check understands: ${text}`);
}

/** Relative luminance as WCAG 2.2 defines it (sRGB, linearised). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The custom properties (`--name: value`) declared in every rule of `css` whose selector is
 * exactly `selector`, later rules overriding earlier ones, as the cascade would.
 */
export function cssVariables(css: string, selector: string): Record<string, string> {
  const vars: Record<string, string> = {};
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  for (const rule of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/gu)) {
    if (rule[1].trim() !== selector) continue;
    for (const decl of rule[2].matchAll(/(--[\w-]+)\s*:\s*([^;]+)/gu)) vars[decl[1]] = decl[2].trim();
  }
  return vars;
}
