/**
 * No rule is superlinear: each line-level rule, parser and entity finder runs on adversarial
 * lines of 100 KB and 1 MB, and the larger must cost at most about ten times the smaller (a
 * quadratic rule costs a hundred). Costs are CPU time of this process; the bound is loose (×45,
 * plus a floor for timer noise): garbage collection makes linear code cost 11–20× here, more on
 * a busy machine, and a quadratic rule still fails it by far.
 */
import { describe, expect, it } from 'vitest';
import { cleanInline } from '../../src/document/normalize.js';
import { findDates } from '../../src/entities/dates.js';
import { findNumbers } from '../../src/entities/numbers.js';
import { findOrganizations } from '../../src/entities/organizations.js';
import { warmUp } from '../../src/entities/segmenter.js';
import { datelineCredits, stripEndByline } from '../../src/rules/byline.js';
import { findDate } from '../../src/rules/datetime.js';
import {
  isCaptionFor,
  isStandaloneCaption,
  splitCredit,
  stripFororder,
} from '../../src/rules/figure.js';
import { isHeadingShaped, isNumberedHeading, isParagraphShaped } from '../../src/rules/heading.js';
import { hintPolarity } from '../../src/rules/hints.js';
import { parseMeta, splitNames } from '../../src/rules/meta.js';
import { continuesNotice, isNoticeStart } from '../../src/rules/notice.js';
import { isHeadlineItem, isRelatedHeading } from '../../src/rules/related.js';
import { textUnits } from '../../src/rules/shape.js';
import { sameHeadline, splitTitle } from '../../src/rules/title.js';
import { classifyBody, CLUTTER_RULES } from '../../src/rules/body.js';

const SMALL = 100 * 1024;
const LARGE = 1024 * 1024;

/** Units repeated into adversarial lines: the shapes the rules' patterns look for. */
const BAITS = [
  '2023年',
  '1,',
  '(',
  '第',
  '来源：',
  '记者 ',
  '编辑：张三 ',
  '2023-11-30 ',
  '　',
  'a ',
  '|',
  '/ ',
  '©',
  '图',
  '供图 ',
  '万余',
  '12:30',
  'http://x.cn/',
  '长沙市妇联',
  '一二三',
];

const line = (bait: string, bytes: number): string =>
  bait.repeat(Math.ceil(bytes / Buffer.byteLength(bait)));

type Check = [name: string, run: (text: string) => unknown];

const CHECKS: Check[] = [
  ...CLUTTER_RULES.map((rule): Check => [`rule ${rule.id}`, (t) => rule.test(t)]),
  ['cleanInline', cleanInline],
  ['textUnits', textUnits],
  ['findDate', (t) => findDate(t, '+08:00')],
  ['parseMeta', (t) => parseMeta(t, { zone: '+08:00', weakLabels: true })],
  ['splitNames', splitNames],
  ['datelineCredits', datelineCredits],
  ['stripEndByline', stripEndByline],
  ['isStandaloneCaption', isStandaloneCaption],
  ['isCaptionFor', (t) => isCaptionFor(t, '图片')],
  ['splitCredit', splitCredit],
  ['stripFororder', stripFororder],
  ['isHeadingShaped', isHeadingShaped],
  ['isNumberedHeading', isNumberedHeading],
  ['isParagraphShaped', isParagraphShaped],
  ['isNoticeStart', isNoticeStart],
  ['continuesNotice', continuesNotice],
  ['isRelatedHeading', isRelatedHeading],
  ['isHeadlineItem', isHeadlineItem],
  ['hintPolarity', hintPolarity],
  ['splitTitle', splitTitle],
  ['sameHeadline', (t) => sameHeadline(t, t.slice(0, 40))],
  [
    'classifyBody',
    (t) => classifyBody([{ kind: 'line', text: t }], { zone: '+08:00', title: null }),
  ],
  ['findNumbers', (t) => findNumbers(t)],
  ['findDates', (t) => findDates(t, { baseDate: '2023-11-30' })],
  ['findOrganizations', (t) => findOrganizations(t)],
];

/** Best time over `tries` runs, each on a fresh string (a memoizing rule gets no free repeat). */
function seconds(run: (text: string) => unknown, text: string, tries: number): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const fresh = `${text}${i}`;
    // CPU time of this process, not wall time: other test files running beside it do not count.
    const started = process.cpuUsage();
    run(fresh);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

describe('no rule is superlinear on 1 MB adversarial lines', () => {
  warmUp();
  const small = new Map(BAITS.map((b) => [b, line(b, SMALL)]));
  const large = new Map(BAITS.map((b) => [b, line(b, LARGE)]));

  it.each(CHECKS)(
    '%s',
    (_name, run) => {
      const slow: string[] = [];
      for (const bait of BAITS) {
        // The small run is cheap: its best of three is the fair base; the large run once.
        const a = seconds(run, small.get(bait)!, 3);
        const b = seconds(run, large.get(bait)!, 1);
        if (b > 45 * a + 0.05 || b > 5)
          slow.push(
            `${JSON.stringify(bait)}: ${a.toFixed(3)} s at 100 KB, ${b.toFixed(3)} s at 1 MB`,
          );
      }
      expect(slow).toEqual([]);
    },
    300_000,
  );
});
