/** Entity tables: rows for Markdown (`clean --entities`) and for the `entities` command. */
import type { RootContent } from 'mdast';
import type { Entities } from '../document/types.js';
import { blockToMdast } from './markdown.js';

const where = (at: { section: number; block: number; start: number }): string =>
  `§${at.section + 1} ¶${at.block + 1} @${at.start}`;

export interface EntityTable {
  title: string;
  rows: string[][];
}

export function entityTables(entities: Entities): EntityTable[] {
  return [
    {
      title: 'Numbers',
      rows: [
        ['text', 'value', 'approx', 'unit', 'kind', 'where'],
        ...entities.numbers.map((n) => [
          n.text,
          n.value === null ? '' : n.valueTo === null ? String(n.value) : `${n.value}–${n.valueTo}`,
          n.approx ?? '',
          [n.unit, n.currency].filter((x) => x !== null).join(' '),
          n.kind,
          where(n.at),
        ]),
      ],
    },
    {
      title: 'Dates',
      rows: [
        ['text', 'value', 'granularity', 'inferred', 'where'],
        ...entities.dates.map((d) => [
          d.text,
          d.value,
          d.granularity,
          d.inferred.join(', '),
          where(d.at),
        ]),
      ],
    },
    {
      title: 'Organizations',
      rows: [
        ['name', 'mentions', 'as written'],
        ...entities.organizations.map((o) => [
          o.name,
          String(o.mentions.length),
          [...new Set(o.mentions.map((m) => m.text))].join(', '),
        ]),
      ],
    },
  ];
}

/** The appendix of `clean --format md --entities`: a heading and a GFM table per kind. */
export function entityAppendix(entities: Entities): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Entities' }] },
  ];
  for (const table of entityTables(entities)) {
    nodes.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: table.title }] });
    nodes.push(...blockToMdast({ type: 'table', rows: table.rows }));
  }
  return nodes;
}
