import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  startServer, launchBrowser, accessibilityViolations, recordForeignRequests,
  screenshots, PHONE, PROJECTOR,
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

async function phonePage() {
  const context = await browser.newContext({ viewport: PHONE, bypassCSP: true, javaScriptEnabled: true });
  return context.newPage();
}

test('a participant finds the GCM session and its speakers from the program', async () => {
  const page = await phonePage();
  const foreign = recordForeignRequests(page, server.url);
  await page.goto(`${server.url}/program`);
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Program' }).waitFor());
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'program-phone.png'), fullPage: true });

  await page.getByRole('link', { name: /The role of the Global Compact for Migration/ }).click();
  await page.getByRole('heading', { level: 1, name: /Global Compact for Migration/ }).waitFor();
  const speakers = page.locator('section', { has: page.getByRole('heading', { name: 'Speakers' }) });
  const text = await speakers.innerText();
  assert.match(text, /Leah Sullivan\s+GAATW-IS\s+Thailand/);
  assert.match(text, /Berenice Valdez Rivera\s+IMUMI\s+Mexico/);
  assert.match(await page.locator('.facts').innerText(), /Plenary hall/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'session-phone.png'), fullPage: true });
  assert.deepEqual(foreign, []);
  await page.context().close();
});

test('the panel of part 1 lists every panelist with organisation and country', async () => {
  const page = await phonePage();
  await page.goto(`${server.url}/program`);
  await page.getByRole('link', { name: /safe migration, part 1/ }).click();
  const panel = await page.locator('section', { has: page.getByRole('heading', { name: 'Panelists' }) }).innerText();
  for (const [name, org, country] of [
    ['Natividad Obeso', 'AMUMRA', 'Argentina'],
    ['Pooja', 'Srijan Foundation / Jharkhand Anti-Trafficking Network', 'India'],
    ['Muluken Shiferaw', 'OPRIFS', 'Ethiopia'],
    ['Amin Muftiyanah', 'Yasanti', 'Indonesia'],
    ['Alex Au', 'TWC2', 'Singapore'],
  ]) {
    assert.ok(panel.includes(name) && panel.includes(org) && panel.includes(country), `${name} in ${panel}`);
  }
  await page.context().close();
});

test('the open space shows suggested topics with the organisations interested, and the Indonesian proposal', async () => {
  const page = await phonePage();
  await page.goto(`${server.url}/program`);
  await page.getByRole('link', { name: /Day 3/ }).click();
  await page.getByRole('link', { name: 'Open space, part 2' }).click();
  const topics = page.locator('.topic');
  assert.equal(await topics.count(), 7);
  assert.match(await topics.filter({ hasText: 'South America' }).innerText(), /Interested: Safe Horizon/);
  const proposal = topics.filter({ hasText: 'LRC-KJHAM' });
  assert.equal(await proposal.locator('h3').getAttribute('lang'), 'id');
  assert.match(await proposal.innerText(), /mengusulkan stategi kampanye/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'open-space-phone.png'), fullPage: true });
  await page.context().close();
});

test('now and next works without JavaScript and on a projector', async () => {
  const context = await browser.newContext({ viewport: PROJECTOR, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${server.url}/`);
  assert.equal(response.status(), 200);
  await page.getByRole('heading', { level: 1, name: /Prevention of human trafficking/ }).waitFor();
  assert.match(await page.locator('.demo').innerText(), /Demo data/);
  await page.screenshot({ path: path.join(screenshots, 'now-projector.png') });
  await context.close();
});

test('an unknown session is a 404 page, not an error', async () => {
  const page = await phonePage();
  const response = await page.goto(`${server.url}/sessions/999999`);
  assert.equal(response.status(), 404);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.context().close();
});
