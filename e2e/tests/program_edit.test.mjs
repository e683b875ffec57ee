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

const live = (page) => page.waitForSelector('html[data-live="connected"]');
const SESSION = 'Prevention of human trafficking by promoting safe migration, part 2';

test('an organiser moves a session to another room; an open program page shows it without reload', async () => {
  const organiser = await (await browser.newContext({ viewport: PHONE })).newPage();
  const amin = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(organiser, server.links.organiser);
  await signIn(amin, server.links.participant);

  // The organiser adds a room.
  await organiser.goto(`${server.url}/admin/program`);
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.getByLabel('New room').fill('Room B');
  await organiser.getByRole('button', { name: 'Add the room' }).click();
  await organiser.waitForURL(/#rooms/);
  await organiser.screenshot({ path: path.join(screenshots, 'program-editor-phone.png'), fullPage: true });

  // Amin has the session's day open.
  await organiser.getByRole('link', { name: SESSION }).click();
  const editUrl = organiser.url();
  const day = await organiser.getByLabel('Date').inputValue();
  await amin.goto(`${server.url}/program/${day}`);
  await live(amin);
  const card = amin.locator('.card', { hasText: SESSION });
  assert.match(await card.innerText(), /Plenary hall/);

  await organiser.getByLabel('Room', { exact: true }).selectOption({ label: 'Room B' });
  await organiser.getByRole('button', { name: 'Save', exact: true }).click();
  await organiser.waitForURL(/saved=1/);
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'session-edit-phone.png'), fullPage: true });

  // Without a reload, Amin's card says Room B and is marked as changed.
  await card.getByText('Room B').waitFor({ timeout: 5000 });
  await card.getByText('Changed').waitFor();
  await amin.screenshot({ path: path.join(screenshots, 'program-changed-phone.png'), fullPage: true });
  await amin.locator('.card', { hasText: SESSION }).getByRole('link', { name: SESSION }).click();
  await amin.getByText('Room: Plenary hall → Room B').waitFor();
  assert.deepEqual(await accessibilityViolations(amin), []);
  assert.ok(editUrl.includes('/admin/sessions/'));
});

test('an organiser imports a CSV program after a preview', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const own = await startServer(['--demo']);
  try {
    await signIn(page, own.links.organiser);
    await page.goto(`${own.url}/admin/program`);
    const day = await page.getByLabel('First day').inputValue();
    await page.getByRole('link', { name: 'Import a program' }).click();
    const csv = `title,kind,date,start,end,room,facilitators,speakers,languages\n`
      + `Evening caucus of domestic workers,facilitated-discussion,${day},18:00,19:30,Room C,Diana Cano,Amin Muftiyanah,en es\n`;
    await page.getByLabel(/Schedule file/).setInputFiles({ name: 'program.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Preview: nothing is stored yet').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(screenshots, 'import-program-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import it' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    await page.goto(`${own.url}/program/${day}`);
    await page.getByText('Evening caucus of domestic workers').waitFor();
  } finally {
    await own.stop();
  }
});
