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

test('an organiser prints badges and a participant signs in with the link on one', async () => {
  const organiser = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
  await signIn(organiser, server.links.organiser);
  await organiser.getByRole('link', { name: 'Account' }).click();
  await organiser.getByRole('link', { name: 'Invitations and badges' }).click();
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.getByRole('button', { name: 'Make badges for everyone not invited yet' }).click();
  await organiser.getByRole('heading', { name: 'Badges' }).waitFor();
  const badges = organiser.locator('.badge-card');
  // Everyone but the three demo accounts whose links were printed at start.
  assert.equal(await badges.count(), 12);
  assert.equal(await badges.locator('svg').count(), 12, 'a QR code on every badge');
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'badges.png'), fullPage: true });

  const badge = badges.filter({ hasText: 'Alex Au' });
  const link = (await badge.locator('.badge-link').innerText()).trim();
  const phone = await (await browser.newContext({ viewport: PHONE, bypassCSP: true })).newPage();
  await signIn(phone, link);
  await phone.goto(`${server.url}/account`);
  assert.match(await phone.locator('main').innerText(), /signed in as Alex Au/);

  // The same link does not work twice.
  const other = await (await browser.newContext({ viewport: PHONE })).newPage();
  const response = await other.goto(link);
  assert.equal(response.status(), 404);

  // Revoking access signs Alex out at once.
  await organiser.goto(`${server.url}/admin/invitations`);
  const row = organiser.locator('tr', { hasText: 'Alex Au' });
  await row.getByRole('button', { name: 'Revoke access' }).click();
  await organiser.waitForURL(/\/admin\/invitations$/);
  await phone.goto(`${server.url}/account`);
  assert.match(phone.url(), /\/signin$/);

  await organiser.goto(`${server.url}/admin/audit`);
  const audit = await organiser.locator('table').innerText();
  assert.match(audit, /issued sign-in links/);
  assert.match(audit, /revoked access/);
});

test('anonymous visitors reach the sign-in page, not the directory', async () => {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  const visits = [];
  page.on('request', (r) => visits.push(r.url()));
  await page.goto(`${server.url}/people`);
  assert.match(page.url(), /\/signin$/);
  assert.match(await page.locator('main').innerText(), /Participants sign in with the personal link/);
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.ok(visits.every((u) => u.startsWith(server.url)), `only local requests: ${visits}`);
});

test('an organiser sets a password, signs in with it, and turns a projector into a screen', async (t) => {
  // Its own server: the demo's organiser link works once.
  const server = await startServer(['--demo']);
  t.after(() => server.stop());
  const laptop = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
  const organiser = await (await browser.newContext({ viewport: PHONE, bypassCSP: true })).newPage();
  await signIn(organiser, server.links.organiser);
  await organiser.goto(`${server.url}/account`);
  await organiser.getByLabel('New password (at least 12 characters)').fill('a long demo password');
  await organiser.getByLabel('The same password again').fill('a long demo password');
  await organiser.getByRole('button', { name: 'Save the password' }).click();
  await organiser.getByText('Your password is saved.').waitFor();
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'account-organiser-phone.png'), fullPage: true });

  await laptop.goto(`${server.url}/signin`);
  await laptop.getByText('Organisers: sign in with a password').click();
  await laptop.getByLabel('Your name').fill('Demo organiser');
  await laptop.getByLabel('Password').fill('not it at all');
  await laptop.getByRole('button', { name: 'Sign in' }).click();
  await laptop.getByRole('alert').waitFor();
  assert.deepEqual(await accessibilityViolations(laptop), []);
  await laptop.getByLabel('Password').fill('a long demo password');
  await laptop.getByRole('button', { name: 'Sign in' }).click();
  await laptop.waitForURL(`${server.url}/`);

  await laptop.goto(`${server.url}/admin/access`);
  await laptop.getByRole('button', { name: 'Create a screen link' }).click();
  const link = (await laptop.locator('.screen-link .badge-link').innerText()).trim();
  assert.deepEqual(await accessibilityViolations(laptop), []);
  await laptop.screenshot({ path: path.join(screenshots, 'access.png'), fullPage: true });

  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await projector.goto(link);
  await projector.getByText('This device becomes the screen').waitFor();
  await projector.getByRole('button', { name: 'Sign in' }).click();
  await projector.waitForURL(`${server.url}/`);
  const people = await projector.goto(`${server.url}/people`);
  assert.equal(people.status(), 403, 'a screen sees no directory');
});
