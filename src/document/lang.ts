/** The language of a text, told by script and, for Latin text, by common English words. */

const ENGLISH = /\b(?:the|and|of|to|in|is|that|for|was|with|on|as|said)\b/giu;

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  cyrillic: number;
  latin: number;
}

/**
 * Letters per script in one pass, without building match arrays: ASCII and the common Han block
 * by range (exact for them), every other character by its script property.
 */
function countScripts(sample: string): ScriptCounts {
  const n = { han: 0, kana: 0, hangul: 0, cyrillic: 0, latin: 0 };
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) n.latin++;
    } else if (c >= 0x4e00 && c <= 0x9fff) n.han++;
    else if (HAN.test(ch)) n.han++;
    else if (KANA.test(ch)) n.kana++;
    else if (HANGUL.test(ch)) n.hangul++;
    else if (CYRILLIC.test(ch)) n.cyrillic++;
    else if (LATIN.test(ch)) n.latin++;
  }
  return n;
}

/** Characters a language is told from, and the first lines a declared language is checked on. */
const FULL_SAMPLE = 20_000;
const QUICK_SAMPLE = 2_000;

export function detectLang(text: string): string | null {
  const sample = text.length > FULL_SAMPLE ? text.slice(0, FULL_SAMPLE) : text;
  const { han, kana, hangul, cyrillic, latin } = countScripts(sample);
  const letters = han + kana + hangul + cyrillic + latin;
  if (letters === 0) return null;
  if (kana > 0 && kana + han >= letters * 0.3 && kana >= han * 0.1) return 'ja';
  if (hangul >= letters * 0.3) return 'ko';
  if (han >= letters * 0.3) return 'zh';
  if (cyrillic >= letters * 0.5) return 'ru';
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  if (latin >= letters * 0.5 && words > 0 && english / words >= 0.05) return 'en';
  return null;
}

/** Languages by the script they are written in; a language not listed is never overridden. */
const SCRIPT_OF = new Map<string, string>([
  ...['zh', 'yue', 'wuu', 'lzh', 'hak', 'nan', 'gan'].map((l) => [l, 'han'] as const),
  ['ja', 'japanese'],
  ['ko', 'hangul'],
  ...['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn'].map(
    (l) => [l, 'cyrillic'] as const,
  ),
  ...(
    'en de fr es it pt nl id ms vi tr pl sv da no nb nn fi cs sk ro hu hr sl et lv lt ca eu gl ' +
    'tl fil sw af sq is ga cy mt az uz'
  )
    .split(' ')
    .map((l) => [l, 'latin'] as const),
]);

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

export interface LangChoice {
  lang: string | null;
  /** Set when the page declared a language its text contradicts, or no language at all. */
  warning: string | null;
}

/**
 * The page's language: the one it declares (`<html lang>`, `content-language`), unless that is
 * no language code (`lang="utf"`) or its text is plainly in another script (`lang="en"` left in a
 * Chinese site's template) — then the one its text shows. The language sets the default time
 * zone, so a Chinese page declared English would lose China's +08:00 on its times.
 */
export function chooseLang(declared: string | null, text: (limit: number) => string): LangChoice {
  const known = declared !== null && LANGUAGE_NAMES.of(declared) !== undefined;
  const declaredScript = known ? SCRIPT_OF.get(declared) : undefined;
  if (known && declaredScript === undefined) return { lang: declared, warning: null };
  // Every language detectLang tells is in SCRIPT_OF; null (no telling) contradicts nothing.
  const agrees = (detected: string | null): boolean =>
    known && (detected === null || SCRIPT_OF.get(detected) === declaredScript);
  // A declared language is checked on the first lines; only a page they contradict is read further.
  if (known && agrees(detectLang(text(QUICK_SAMPLE)))) return { lang: declared, warning: null };
  const detected = detectLang(text(FULL_SAMPLE));
  if (declared === null || detected === declared || agrees(detected))
    return { lang: declared ?? detected, warning: null };
  const what = known ? 'its text is' : 'that is no language code; its text is';
  return {
    lang: detected,
    warning: `the page declares its language as "${declared}", but ${what} ${detected ?? 'of no language artext tells'}: using ${detected ?? 'none'}`,
  };
}

/** China Standard Time for Chinese pages whose times carry no zone. */
export function defaultZone(lang: string | null): string | null {
  return lang === 'zh' ? '+08:00' : null;
}
