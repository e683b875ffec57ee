import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  startServer, launchBrowser, accessibilityViolations, screenshots, PHONE, signIn,
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

/** A participant's phone: each test signs in with its own fresh link. */
async function phonePage(link) {
  const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, link);
  return page;
}

test('a participant filters the directory by corridor and finds both ends', async () => {
  const page = await phonePage(server.links.participant);
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: 'Directory' }).click();
  await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByLabel('Corridor').selectOption({ label: 'Indonesia → Singapore' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/corridor=ID-SG/);
  const names = await page.locator('.org-card h3').allInnerTexts();
  assert.deepEqual(names.map((n) => n.trim()).sort(), ['Transient Workers Count Too TWC2', 'Yasanti']);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'organisations-filtered-phone.png'), fullPage: true });

  await page.getByRole('link', { name: 'Indonesia → Singapore' }).first().click();
  const origin = page.locator('.end', { has: page.getByRole('heading', { name: /origin end, in Indonesia/ }) });
  const destination = page.locator('.end', { has: page.getByRole('heading', { name: /destination end, in Singapore/ }) });
  assert.match(await origin.innerText(), /Yasanti/);
  assert.match(await destination.innerText(), /Transient Workers Count Too/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'corridor-phone.png'), fullPage: true });
  await page.context().close();
});

test('people filtered by corridor are those of organisations working on it', async () => {
  const page = await phonePage(server.links.facilitator);
  await page.goto(`${server.url}/people?corridor=ET-LB`);
  const people = (await page.locator('.people-list .name').allInnerTexts()).sort();
  assert.deepEqual(people, ['Farah Salka', 'Muluken Shiferaw']);
  await page.screenshot({ path: path.join(screenshots, 'people-phone.png'), fullPage: true });
  await page.goto(`${server.url}/organisations`);
  await page.getByRole('link', { name: 'Anti-Racism Movement' }).click();
  await page.getByRole('heading', { name: 'Speaking in' }).waitFor();
  assert.match(await page.locator('.organisation').innerText(), /safe migration, part 2/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'organisation-phone.png'), fullPage: true });
  await page.context().close();
});
