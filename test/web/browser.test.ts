/**
 * The web UI in a real browser: Debian's chromium driven by playwright-core (never a downloaded
 * browser). Each demo reader logs in, searches, opens the seed and sees exactly the paragraphs
 * SPEC §4 allows; a name is screened; the network shows the diversion path with its evidence.
 * Screenshots go to dist/test-artifacts/web/. Skipped (with a message) without /usr/bin/chromium.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { packageRoot } from '../../src/common/paths.js';
import { testPassword, testServer, type TestServer } from '../api/helpers.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium) process.stdout.write(`# SKIP browser tests: ${chromiumPath} is not installed (apt-get install -y chromium)\n`);
const artifacts = path.join(packageRoot, 'dist', 'test-artifacts', 'web');

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

let s: TestServer;
let browser: Browser;
let base: string;

before(async () => {
  if (!haveChromium) return;
  fs.mkdirSync(artifacts, { recursive: true });
  s = await testServer({ deps: { secureCookies: true } });
  await s.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(s.app.server.address() as AddressInfo).port}/`;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
after(async () => {
  await browser?.close();
  await s?.close();
});

async function loggedIn(name: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/401/.test(m.text()) && errors.push(m.text()));
  await page.goto(base);
  await page.locator('#username').fill(name);
  await page.locator('#password').fill(testPassword);
  await page.keyboard.press('Enter');
  await page.locator('#whoami').waitFor();
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

async function searchFor(page: Page, q: string): Promise<string> {
  await page.locator('#q').fill(q);
  await page.keyboard.press('Enter');
  await page.locator('#total').waitFor();
  return (await page.locator('#total').textContent()) ?? '';
}

async function paragraphNumbers(page: Page): Promise<string[]> {
  await page.locator('#paragraphs').waitFor();
  return page.locator('#paragraphs section').evaluateAll((els) => els.map((e) => e.getAttribute('data-number') ?? ''));
}

const seedViews: Record<string, { finds: boolean; paragraphs: string[]; subject: boolean }> = {
  analyst: { finds: true, paragraphs: ['1', '2', '3', '4', '5', '6', '7'], subject: true },
  liaison: { finds: true, paragraphs: ['1', '4', '5', '6', '7'], subject: false },
  reader: { finds: false, paragraphs: ['1', '5', '6', '7'], subject: false },
};

for (const [name, expected] of Object.entries(seedViews)) {
  test(`${name}: search "infrared detectors", open the seed, see exactly the paragraphs SPEC §4 allows`, { skip: !haveChromium }, async () => {
    const page = await loggedIn(name);
    const total = await searchFor(page, 'infrared detectors');
    if (expected.finds) {
      assert.equal(total, '1 cable');
      assert.match((await page.locator('.hits mark').first().textContent()) ?? '', /^infrared$/i);
      await page.screenshot({ path: path.join(artifacts, `${name}-search.png`), fullPage: true });
      await page.locator('.hits a', { hasText: '09STATE96222' }).click();
    } else {
      assert.equal(total, '0 cables');
      await page.goto(`${base}#/cable/09STATE96222`);
    }
    assert.deepEqual(await paragraphNumbers(page), expected.paragraphs);
    assert.equal(await page.locator('#subject').count(), expected.subject ? 1 : 0);
    const body = (await page.locator('main').textContent()) ?? '';
    if (name !== 'analyst') assert.doesNotMatch(body, /Zhejiang Dali Technology Company Ltd, which sells/, 'paragraph 2 is absent');
    assert.match(body, /AMEMBASSY PARIS/, 'routing indicator decoded');
    await page.screenshot({ path: path.join(artifacts, `${name}-seed.png`), fullPage: true });
    assert.deepEqual((page as Page & { errors?: string[] }).errors, []);
    await page.close();
  });
}

test('liaison builds the release for France: paragraph 4 only', { skip: !haveChromium }, async () => {
  const page = await loggedIn('liaison');
  await page.goto(`${base}#/cable/09STATE96222`);
  await page.locator('#release-to').fill('France');
  await page.keyboard.press('Enter');
  await page.locator('#release-out pre').waitFor();
  const text = (await page.locator('#release-out pre').textContent()) ?? '';
  assert.match(text, /^4\. \(SECRET/m);
  assert.doesNotMatch(text, /^[1235-9]\. /m);
  await page.close();
});

test('analyst screens a name and opens the network: FRA → CHN → IRN, evidence a click away', { skip: !haveChromium }, async () => {
  const page = await loggedIn('analyst');
  await page.goto(`${base}#/screen`);
  await page.locator('#screen-name').fill('Zhejiang Dali Technology Co., Ltd.');
  await page.keyboard.press('Enter');
  await page.locator('#screen-verdict').waitFor({ timeout: 60_000 });
  assert.match((await page.locator('#screen-out').textContent()) ?? '', /09STATE96222/);
  await page.screenshot({ path: path.join(artifacts, 'analyst-screen.png'), fullPage: true });

  await page.goto(`${base}#/network`);
  await page.locator('#paths').waitFor();
  assert.match((await page.locator('#paths').textContent()) ?? '', /FRA → CHN → IRN/);
  await page.locator('#paths button').first().click();
  await page.locator('#evidence').waitFor();
  assert.match((await page.locator('#evidence').textContent()) ?? '', /09STATE96222 ¶2/);
  await page.locator('#evidence button').first().click();
  await page.locator('#evidence pre').waitFor();
  assert.match((await page.locator('#evidence pre').textContent()) ?? '', /Sofradir/);
  await page.screenshot({ path: path.join(artifacts, 'analyst-network.png'), fullPage: true });
  await page.close();
});

test('keyboard and phone width: log in, search and reach a result without a mouse', { skip: !haveChromium }, async () => {
  const page = await loggedIn('liaison', { width: 390, height: 844 });
  await page.keyboard.press('/');
  await page.keyboard.type('infrared detectors');
  await page.keyboard.press('Enter');
  await page.locator('#total').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
  await page.locator('.hits a').first().focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await paragraphNumbers(page), ['1', '4', '5', '6', '7']);
  await page.screenshot({ path: path.join(artifacts, 'liaison-phone.png'), fullPage: true });
  await page.close();
});
