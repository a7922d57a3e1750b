/** A story diff for people (coloured on a terminal, `[-old-]{+new+}` marks without colour) and for machines. */
import type { ChalkInstance } from 'chalk';
import type { EntityChange, Op, StoryDiff } from './story.js';

export interface Side {
  name: string;
  title: string | null;
}

export function placeOf(unit: { section: number; block: number | null }): string {
  return unit.block === null
    ? `§${unit.section + 1} heading`
    : `§${unit.section + 1} ¶${unit.block + 1}`;
}

/** The edit inline: coloured deletions and insertions, or wdiff-style marks without colour. */
export function renderOps(ops: readonly Op[], color: ChalkInstance): string {
  const plain = color.level === 0;
  return ops
    .map(({ op, text }) => {
      if (op === 'equal') return text;
      if (plain) return op === 'delete' ? `[-${text}-]` : `{+${text}+}`;
      return op === 'delete' ? color.red.strikethrough(text) : color.green.underline(text);
    })
    .join('');
}

function indented(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function entityLine(c: EntityChange, color: ChalkInstance): string {
  const where = c.where ? ` (${placeOf(c.where)})` : '';
  const show = (e: { text: string; value: string }): string =>
    e.value === e.text ? e.text : `${e.text} = ${e.value}`;
  switch (c.change) {
    case 'changed':
      return `  ${c.kind} changed: ${color.red(show(c.old!))} → ${color.green(show(c.new!))}${where}`;
    case 'appeared':
      return `  ${c.kind} appeared: ${color.green(show(c.new!))}${where}`;
    case 'vanished':
      return `  ${c.kind} vanished: ${color.red(show(c.old!))}${where}`;
  }
}

export function renderDiffText(
  diff: StoryDiff,
  sides: { old: Side; new: Side },
  color: ChalkInstance,
): string {
  const out: string[] = [
    color.bold(`--- ${sides.old.name}${sides.old.title ? `  (${sides.old.title})` : ''}`),
    color.bold(`+++ ${sides.new.name}${sides.new.title ? `  (${sides.new.title})` : ''}`),
  ];
  if (diff.same) return `${out.join('\n')}\nno changes\n`;
  if (diff.fields.length > 0) {
    out.push('');
    for (const f of diff.fields)
      out.push(
        `${f.field === 'title' ? 'headline' : f.field}: ${color.red(f.old ?? '(none)')} → ${color.green(f.new ?? '(none)')}`,
      );
  }
  for (const p of diff.paragraphs) {
    out.push('');
    switch (p.change) {
      case 'added':
        out.push(color.cyan(`${placeOf(p.new)} added`), color.green(indented(p.new.text, '+ ')));
        break;
      case 'removed':
        out.push(color.cyan(`${placeOf(p.old)} removed`), color.red(indented(p.old.text, '- ')));
        break;
      case 'edited': {
        const moved = placeOf(p.old) === placeOf(p.new) ? '' : ` (was ${placeOf(p.old)})`;
        out.push(
          color.cyan(`${placeOf(p.new)} edited${moved}`),
          indented(renderOps(p.ops, color), '~ '),
        );
        break;
      }
    }
  }
  if (diff.entities.length > 0) {
    out.push('', color.bold('entities'));
    for (const c of diff.entities) out.push(entityLine(c, color));
  }
  const s = diff.summary;
  out.push(
    '',
    `${s.edited} edited, ${s.added} added, ${s.removed} removed, ${s.unchanged} unchanged; ${diff.fields.length} field and ${diff.entities.length} entity changes`,
  );
  return `${out.join('\n')}\n`;
}

export function renderDiffJson(diff: StoryDiff, sides: { old: Side; new: Side }): string {
  const { schema, ...rest } = diff;
  return `${JSON.stringify({ schema, old: sides.old, new: sides.new, ...rest }, null, 2)}\n`;
}
