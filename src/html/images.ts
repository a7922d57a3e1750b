/** Images worth keeping as figures: their real (lazy-loaded) source, resolved; not icons or spacers. */
import type { Element } from 'domhandler';
import { cleanInline } from '../document/normalize.js';
import { safeUrl } from '../document/url.js';
import { attr } from './dom.js';

export interface ImageInfo {
  src: string | null;
  alt: string | null;
}

const LAZY_SOURCES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-actualsrc',
  'data-url',
  'original',
  'src',
];
const DECORATIVE =
  /logo|icon|avatar|spacer|blank\.|pixel|loading|emoji|button|btn|qrcode|erweima|share|arrow|sprite|placeholder|transparent|1x1|(?:^|[/.])ads?[./]|广告|advertisement/iu;
const MIN_SIDE = 48;

/** Resolves `src` against the page URL or `<base>`; keeps it relative when there is nothing to resolve against. */
export function resolveUrl(src: string, base: string | null): string {
  if (base === null) return src;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

function size(el: Element, name: 'width' | 'height'): number | null {
  const value = attr(el, name);
  if (value === null) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

export function imageOf(el: Element, base: string | null): ImageInfo | null {
  let src: string | null = null;
  for (const name of LAZY_SOURCES) {
    const value = attr(el, name)?.trim();
    if (value && !value.startsWith('data:')) {
      src = value;
      break;
    }
  }
  const alt = cleanInline(attr(el, 'alt') ?? '') || null;
  const width = size(el, 'width');
  const height = size(el, 'height');
  if ((width !== null && width < MIN_SIDE) || (height !== null && height < MIN_SIDE)) return null;
  if (src === null) return alt ? { src: null, alt } : null;
  const marks = `${src} ${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${alt ?? ''}`;
  if (DECORATIVE.test(marks)) return null;
  return { src: safeUrl(resolveUrl(src, base)), alt };
}
