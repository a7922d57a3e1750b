/** The language of a text, told by script and, for Latin text, by common English words. */

const ENGLISH = /\b(?:the|and|of|to|in|is|that|for|was|with|on|as|said)\b/giu;

export function detectLang(text: string): string | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
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

/** China Standard Time for Chinese pages whose times carry no zone. */
export function defaultZone(lang: string | null): string | null {
  return lang === 'zh' ? '+08:00' : null;
}
