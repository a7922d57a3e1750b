/**
 * GB18030 or Big5, told apart without statistics over every charset: text decoded with the
 * right one is full of the most common Chinese characters (的, 是, 在…); decoded with the wrong
 * one it is a scatter of rare characters. chardet runs every single-byte model too and takes
 * 10–25 ms on an undeclared GBK page; this takes two decodes. It answers only when the margin
 * is wide, and leaves the doubtful pages to chardet.
 */
import iconv from 'iconv-lite';

// The most frequent characters of Chinese news text, simplified and traditional forms both.
const COMMON = new Set(
  '的一是在不了有和人中大上我他以要时來时来用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反你明看原又么麼利比或但质質气氣第向道此变變条條没沒结結解问問意建月公无無系军軍很情者最立代想已通并並提直题題党黨程展五果员員位入常文总總次品式活设設及管特件长長求老头頭基资資边邊路级級少图圖统統接知较較将將组組见見计計别別手期论論运運区區强強放决決被做必战戰先回则則任取据據处處队隊给給门門即保北造百规規热熱领領海口东東导導压壓世金增济濟市场場记記报報会议議这這个個国國为為时時们們'.replace(
    /\s/gu,
    '',
  ),
);

const CANDIDATES = ['gb18030', 'big5'] as const;
export type ChineseCharset = (typeof CANDIDATES)[number];

interface Reading {
  encoding: ChineseCharset;
  text: string;
  score: number;
  replacements: number;
}

function read(bytes: Buffer, encoding: ChineseCharset): Reading {
  const text = iconv.decode(bytes, encoding);
  let han = 0;
  let common = 0;
  let replacements = 0;
  for (const c of text) {
    if (c === '\uFFFD') replacements++;
    else if (c >= '\u4E00' && c <= '\u9FFF') {
      han++;
      if (COMMON.has(c)) common++;
    }
  }
  return { encoding, text, score: han < 20 ? 0 : common / han, replacements };
}

/** The charset, and the text, when the bytes clearly read as Chinese in one of them; else null. */
export function guessChinese(bytes: Uint8Array): { encoding: ChineseCharset; text: string } | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [a, b] = CANDIDATES.map((e) => read(buffer, e)).sort((x, y) => y.score - x.score) as [
    Reading,
    Reading,
  ];
  const clean = a.replacements <= Math.max(2, a.text.length * 0.001);
  return clean && a.score >= 0.15 && a.score >= 2 * b.score
    ? { encoding: a.encoding, text: a.text }
    : null;
}
