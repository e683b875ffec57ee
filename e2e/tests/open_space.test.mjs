import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  startServer, launchBrowser, accessibilityViolations, screenshots, PHONE, signIn, recordForeignRequests,
} from '../harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer(['--demo']);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const live = (page) => page.waitForSelector('html[data-live="connected"]');

test('one proposes and places a topic, another sees it without reload and joins, the screen counts', async () => {
  const amin = await (await browser.newContext({ viewport: PHONE })).newPage();
  const diana = await (await browser.newContext({ viewport: PHONE })).newPage();
  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const foreign = recordForeignRequests(screen, server.url);
  await signIn(amin, server.links.participant);
  await signIn(diana, server.links.facilitator);
  await signIn(screen, server.links.screen);

  await diana.goto(`${server.url}/open-space`);
  await screen.goto(`${server.url}/open-space/screen`);
  await Promise.all([live(diana), live(screen)]);
  assert.deepEqual(await accessibilityViolations(diana), []);

  const title = 'Safe recruitment for domestic workers';
  await amin.goto(`${server.url}/open-space`);
  await amin.getByText('Propose a topic', { exact: true }).click();
  await amin.getByLabel('Title').fill(title);
  await amin.getByLabel('What it is about (optional)').fill('Fees, contracts and agencies: what works?');
  await amin.getByRole('button', { name: 'Propose and convene it' }).click();
  await amin.getByRole('heading', { name: title }).waitFor();
  assert.deepEqual(await accessibilityViolations(amin), []);

  // Diana's board shows the new topic without a reload.
  await diana.locator('#board').getByRole('link', { name: title }).waitFor({ timeout: 5000 });

  await amin.goto(`${server.url}/open-space`);
  const card = amin.locator('.os-cell', { hasText: title });
  const options = await card.getByLabel('Place at').locator('option').allInnerTexts();
  const round2Table1 = options.find((o) => /^Round 2 .*· Table 1 ·/.test(o));
  assert.ok(round2Table1, options.join('\n'));
  await card.getByLabel('Place at').selectOption({ label: round2Table1 });
  await card.getByRole('button', { name: 'Place' }).click();
  await amin.waitForURL(/\/open-space/);

  const round2 = diana.locator('section', { has: diana.getByRole('heading', { name: /Round 2/ }) });
  await round2.getByRole('link', { name: title }).waitFor({ timeout: 5000 });
  const screenCard = screen.locator('.os-cell', { hasText: title });
  await screenCard.waitFor({ timeout: 5000 });
  assert.match(await screenCard.innerText(), /0\/12/);

  await round2.getByRole('button', { name: new RegExp(`Add my name.*${title}`) }).click();
  await diana.getByRole('heading', { name: title }).waitFor();
  assert.match(await diana.locator('.os-names').innerText(), /Diana Cano/);
  assert.deepEqual(await accessibilityViolations(diana), []);
  await diana.screenshot({ path: path.join(screenshots, 'topic-phone.png'), fullPage: true });

  // The screen's count follows, without a reload.
  await screen.locator('.os-cell', { hasText: title }).getByText('1/12').waitFor({ timeout: 5000 });
  assert.deepEqual(await accessibilityViolations(screen), []);
  await screen.screenshot({ path: path.join(screenshots, 'open-space-screen.png') });
  assert.deepEqual(foreign, [], 'no request leaves the server');

  await amin.goto(`${server.url}/open-space`);
  await amin.screenshot({ path: path.join(screenshots, 'open-space-phone.png'), fullPage: true });
});

test('the board works without JavaScript', async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, server.links.organiser);
  await page.goto(`${server.url}/open-space`);
  const card = page.locator('.os-cell', { hasText: 'GAATW Secretariat' });
  await card.getByRole('button', { name: /I am interested.*GAATW Secretariat/ }).click();
  await page.locator('.os-cell', { hasText: 'GAATW Secretariat' }).getByText('1 person interested').waitFor();
  await context.close();
});
