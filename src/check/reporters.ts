/** How check results are shown: for people (default), for machines (json), for CI (JUnit XML). */
import type { FixtureResult } from './run.js';
import { cdata, escapeMarkup } from '../render/escape.js';

export interface Paint {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  cyan(text: string): string;
}

export interface Summary {
  total: number;
  passed: number;
  failed: number;
  errors: number;
}

export function summarize(results: FixtureResult[]): Summary {
  return {
    total: results.length,
    passed: results.filter((r) => r.status === 'pass').length,
    failed: results.filter((r) => r.status === 'fail').length,
    errors: results.filter((r) => r.status === 'error').length,
  };
}

function colorDiff(diff: string, paint: Paint): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return paint.bold(line);
      if (line.startsWith('+')) return paint.green(line);
      if (line.startsWith('-')) return paint.red(line);
      if (line.startsWith('@@')) return paint.cyan(line);
      return line;
    })
    .join('\n');
}

function indent(text: string, prefix = '    '): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

export function defaultReport(results: FixtureResult[], paint: Paint): string {
  const lines: string[] = [];
  for (const r of results) {
    const mark = r.status === 'pass' ? paint.green('✓') : paint.red('✗');
    lines.push(`${mark} ${r.name}`);
    if (r.error) lines.push(paint.red(indent(`error: ${r.error}`)));
    for (const f of r.failures) {
      lines.push(indent(`${paint.bold(f.label)} (${f.file})`));
      lines.push(indent(colorDiff(f.diff, paint), '      '));
    }
    for (const file of r.updated) lines.push(indent(`updated ${file}`));
    for (const w of r.warnings) lines.push(paint.yellow(indent(`warning: ${w}`)));
  }
  const s = summarize(results);
  const parts = [`${s.passed} passed`];
  if (s.failed > 0) parts.push(paint.red(`${s.failed} failed`));
  if (s.errors > 0) parts.push(paint.red(`${s.errors} unreadable`));
  lines.push(`${s.total} fixture${s.total === 1 ? '' : 's'}: ${parts.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function jsonReport(results: FixtureResult[]): string {
  return `${JSON.stringify({ summary: summarize(results), fixtures: results }, null, 2)}\n`;
}

/** An attribute value; newlines kept as character references (attributes normalize them away). */
const xmlAttr = (text: string): string => escapeMarkup(text).replace(/\n/gu, '&#10;');

const seconds = (s: number): string => s.toFixed(3);

/** JUnit XML as GitLab, GitHub Actions reporters and Jenkins read it. */
export function junitReport(results: FixtureResult[]): string {
  const s = summarize(results);
  const time = seconds(results.reduce((sum, r) => sum + r.seconds, 0));
  const cases = results.map((r) => {
    const open = `    <testcase classname="artext.check" name="${xmlAttr(r.name)}" file="${xmlAttr(r.page)}" time="${seconds(r.seconds)}"`;
    const body: string[] = [];
    if (r.status === 'fail') {
      const details = r.failures.map((f) => `${f.label} (${f.file})\n${f.diff}`).join('\n');
      const message = `${r.failures.length} difference(s): ${r.failures[0]?.label ?? ''}`;
      body.push(
        `      <failure message="${xmlAttr(message)}" type="mismatch">${cdata(details)}</failure>`,
      );
    }
    if (r.status === 'error')
      body.push(`      <error message="${xmlAttr(r.error ?? 'error')}" type="unreadable"/>`);
    if (r.warnings.length > 0)
      body.push(
        `      <system-out>${cdata(r.warnings.map((w) => `warning: ${w}`).join('\n'))}</system-out>`,
      );
    return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="artext check" tests="${s.total}" failures="${s.failed}" errors="${s.errors}" time="${time}">`,
    `  <testsuite name="fixtures" tests="${s.total}" failures="${s.failed}" errors="${s.errors}" skipped="0" time="${time}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
