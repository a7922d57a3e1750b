/**
 * The review page as a reader sees it: rendered by headless Chromium (Debian's `chromium`,
 * which `.ci/run` installs), checked for what is visible, and photographed into test-output/.
 * Outside CI, a machine without Chromium skips this test and says why.
 */
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';

const CHROMIUM = process.env.ARTEXT_CHROMIUM ?? '/usr/bin/chromium';
const OUTPUT = join(ROOT, 'test-output');
const PAGE = join(ROOT, 'fixtures/html/cri-changsha-women-portal.html');
const available = existsSync(CHROMIUM);

if (!available && process.env.CI)
  throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium`);

describe.runIf(available)('the review page in Chromium', () => {
  let context: BrowserContext;
  let url: string;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'review.html');
    const r = runCli(['review', PAGE, '-o', file]);
    expect(r.status).toBe(0);
    url = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(
      mkdtempSync(join(tmpdir(), 'artext-chromium-')),
      {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
        ],
        viewport: { width: 1400, height: 1000 },
      },
    );
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('shows the title, a removed block with its reason, and an entity with its value on hover', async () => {
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) blocked.push(request.url());
    });
    await page.goto(url);

    const title = page.locator('#title');
    await expect(title.isVisible()).resolves.toBe(true);
    await expect(title.innerText()).resolves.toBe('架起“连心桥” 点亮“巾帼红”');

    const removed = page.locator('li.removed').first();
    await expect(removed.isVisible()).resolves.toBe(true);
    const why = await removed.locator('.why').innerText();
    expect(why).toMatch(/^[a-z][a-z-]+ \S/u);

    const mark = page.locator('.result mark.num').first();
    await expect(mark.isVisible()).resolves.toBe(true);
    await expect(mark.getAttribute('title')).resolves.toMatch(/^number: \d/u);
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await mark.hover();
    const tip = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tip).toMatch(/^"\d/u);

    expect(blocked).toEqual([]);
    const shot = join(OUTPUT, 'review.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  }, 60_000);
});

if (!available)
  describe('the review page in Chromium', () => {
    it.skip(`needs Chromium at ${CHROMIUM} (apt-get install chromium, or set ARTEXT_CHROMIUM)`, () =>
      undefined);
  });
