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

async function signedIn(link, viewport = PHONE) {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, link);
  return page;
}

test('an organiser adds a corridor to an organisation, and sees the invitations page', async () => {
  const page = await signedIn(server.links.organiser, { width: 1280, height: 900 });
  await page.goto(`${server.url}/organisations`);
  await page.getByRole('link', { name: 'Yasanti' }).first().click();
  await page.getByRole('link', { name: 'Edit this organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Yasanti' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'organisation-edit-desktop.png'), fullPage: true });

  // The first empty row: Indonesia → Taiwan.
  const origins = await page.locator('.corridor-row select[name="origin"]').evaluateAll(
    (selects) => selects.map((s) => s.value),
  );
  const empty = page.locator('.corridor-row').nth(origins.indexOf(''));
  await empty.getByLabel('From (origin)').selectOption({ label: 'Indonesia' });
  await empty.getByLabel('To (destination)').selectOption({ label: 'Taiwan' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  await page.goto(`${server.url}/corridors/ID-TW`);
  const origin = page.locator('.end', { has: page.getByRole('heading', { name: /origin end, in Indonesia/ }) });
  assert.match(await origin.innerText(), /Yasanti/);

  await page.goto(`${server.url}/admin/invitations`);
  await page.getByRole('heading', { name: 'By e-mail' }).waitFor();
  assert.match(await page.locator('main').innerText(), /smtp_url/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'invitations-no-mail-desktop.png'), fullPage: true });

  // Indonesia → Singapore has an organisation at each end: it becomes a
  // suggested table on the board, with both marked as interested.
  await page.goto(`${server.url}/open-space/setup`);
  await page.getByRole('link', { name: 'Tables from the migration corridors' }).click();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByLabel(/Indonesia → Singapore/).check();
  await page.getByRole('button', { name: 'Suggest these tables on the board' }).click();
  await page.getByText('1 table added to the board.').waitFor();
  await page.screenshot({ path: path.join(screenshots, 'corridor-tables-desktop.png'), fullPage: true });
  await page.goto(`${server.url}/open-space`);
  const card = page.locator('.os-topic', { hasText: 'Indonesia → Singapore' }).first();
  assert.match(await card.innerText(), /Yasanti/);
  await page.context().close();
});

test('a participant remembers a session on the phone and finds it in My schedule', async () => {
  const page = await signedIn(server.links.participant);
  await page.goto(`${server.url}/program`);
  const card = page.locator('.card', { has: page.getByRole('button', { name: /Remember/ }) }).first();
  const title = (await card.locator('h3').innerText()).trim();
  await card.getByRole('button', { name: /Remember/ }).click();
  await page.waitForURL(/#session-\d+/);
  const pressed = page.locator('.card', { hasText: title }).getByRole('button', { name: /Remember/ });
  assert.equal(await pressed.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.getByRole('link', { name: 'My schedule' }).click();
  await page.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();
  assert.match(await page.locator('main').innerText(), new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const feed = await page.getByLabel('The address of your calendar').inputValue();
  assert.match(feed, /\/feeds\/[A-Za-z0-9_-]{40,}\/schedule\.ics$/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.screenshot({ path: path.join(screenshots, 'my-schedule-phone.png'), fullPage: true });
  const ics = await (await fetch(feed)).text();
  assert.match(ics, /BEGIN:VCALENDAR/);
  await page.context().close();
});
