import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverFixtures } from '../../src/check/discover.js';
import { runFixture } from '../../src/check/run.js';
import { validateArticle } from '../../src/check/schema.js';
import { ROOT } from '../helpers/cli.js';

const fixtures = discoverFixtures(`${ROOT}fixtures`);

describe('golden fixtures', () => {
  it('finds the fixture pages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s matches its expected output',
    async (_name, fixture) => {
      if (fixture.expectedJson)
        expect(validateArticle(JSON.parse(readFileSync(fixture.expectedJson, 'utf8')))).toEqual([]);
      const result = await runFixture(fixture, { ignore: [], update: false });
      expect(result.error).toBeNull();
      expect(result.failures.map((f) => `${f.label}\n${f.diff}`)).toEqual([]);
      expect(result.warnings).toEqual([]);
    },
  );
});
