import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedBuild, leanSource } from '../../scripts/lean-nodejieba.mjs';

const packageDir = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
const stockSource = readFileSync(join(packageDir, 'lib', 'nodejieba.cpp'), 'utf8');

describe('lean nodejieba build', () => {
  it('makes the installed source build its TextRank extractor over the tagger’s dictionary', () => {
    const lean = leanSource(stockSource);
    expect(lean).not.toBeNull();
    expect(lean).toContain('::TextRankExtractor(*_jieba_handle, stopWordsPath);');
    expect(lean).not.toMatch(/TextRankExtractor\(dictPath/);
    // One call changed, nothing else: the rest of the file is the stock file line for line.
    const before = stockSource.split('\n');
    const after = (lean ?? '').split('\n');
    const kept = after.filter((line) => before.includes(line));
    expect(after.length - kept.length).toBe(1);
  });

  it('leaves a source it does not know alone', () => {
    expect(leanSource('int main() { return 0; }')).toBeNull();
    expect(leanSource(leanSource(stockSource) ?? '')).toBeNull();
    const twice = `${stockSource}\n${stockSource}`;
    expect(leanSource(twice)).toBeNull();
  });

  it('is the build installed here (npm ci runs it from prepare)', () => {
    expect(installedBuild()).toBe('lean');
  });
});
