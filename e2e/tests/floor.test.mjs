import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  startServer, launchBrowser, accessibilityViolations, screenshots, PHONE, PROJECTOR, signIn,
  recordForeignRequests, openSessionFloor,
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

const openFloor = (page) => openSessionFloor(page, server.url, SESSION);

test('a participant asks to speak and asks a question, another votes, the facilitator approves and calls, the screen follows', async () => {
  const amin = await (await browser.newContext({ viewport: PHONE })).newPage();
  const organiser = await (await browser.newContext({ viewport: PHONE })).newPage();
  const diana = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const screen = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
  const foreign = recordForeignRequests(screen, server.url);
  await signIn(amin, server.links.participant);
  await signIn(organiser, server.links.organiser);
  await signIn(diana, server.links.facilitator);
  await signIn(screen, server.links.screen);

  // The facilitator asks for questions to be approved first.
  const session = await openFloor(diana);
  await diana.getByLabel('Approve questions before the room sees them').check();
  await diana.getByLabel('Speaking time in seconds (empty: no limit)').fill('120');
  await diana.getByRole('button', { name: 'Save the settings' }).click();
  await diana.waitForURL(/#settings/);
  await screen.goto(`${server.url}/sessions/${session}/screen`);
  await Promise.all([live(diana), live(screen)]);

  // Amin asks to speak and asks a question.
  await amin.goto(`${server.url}/sessions/${session}/floor`);
  await amin.getByLabel('Note for the facilitator (optional)').fill('short reaction');
  await amin.getByRole('button', { name: 'Ask to speak' }).click();
  await amin.getByText('You are next in line.').waitFor();
  const question = 'How do we keep recruitment fees from coming back under another name?';
  await amin.getByText('Ask a question', { exact: true }).click();
  await amin.getByLabel('Your question').fill(question);
  await amin.getByRole('button', { name: 'Send the question' }).click();
  await amin.locator('.floor-question', { hasText: question }).getByText('Waiting for approval').waitFor();
  assert.deepEqual(await accessibilityViolations(amin), []);
  await amin.screenshot({ path: path.join(screenshots, 'floor-phone.png'), fullPage: true });

  // Diana sees both without a reload, and approves the question.
  await diana.locator('#floor-queue strong', { hasText: 'Amin Muftiyanah' }).waitFor({ timeout: 5000 });
  const pending = diana.locator('.floor-question', { hasText: question });
  await pending.waitFor({ timeout: 5000 });
  await pending.getByRole('button', { name: 'Approve' }).click();
  await diana.waitForURL(/#questions/);

  // Another person votes; the screen shows the question with its vote.
  await organiser.goto(`${server.url}/sessions/${session}/floor`);
  await organiser.locator('.floor-question', { hasText: question })
    .getByRole('button', { name: 'Vote for this question' }).click();
  await organiser.locator('.floor-question', { hasText: question }).getByText('Voted · take back').waitFor();
  const onScreen = screen.locator('.floor-question', { hasText: question });
  await onScreen.locator('.floor-votes strong', { hasText: '1' }).waitFor({ timeout: 5000 });

  // Diana calls the next speaker: the screen shows someone speaking, with time.
  await live(diana);
  await diana.getByRole('button', { name: 'Call the next speaker' }).click();
  await diana.locator('.floor-now .floor-speaker', { hasText: 'Amin Muftiyanah' }).waitFor();
  await screen.locator('.floor-now').getByText('Speaking now').waitFor({ timeout: 5000 });
  await screen.locator('.floor-now [data-countdown]').waitFor();
  // Amin agreed to no name on the screen: it says "A participant".
  assert.match(await screen.locator('.floor-now').innerText(), /A participant/);
  assert.doesNotMatch(await screen.locator('main').innerText(), /Amin/);
  await amin.locator('.floor-now').getByText('You').waitFor({ timeout: 5000 });

  assert.deepEqual(await accessibilityViolations(diana), []);
  assert.deepEqual(await accessibilityViolations(screen), []);
  assert.deepEqual(foreign, [], 'no request leaves the server');
  await diana.screenshot({ path: path.join(screenshots, 'floor-facilitator.png'), fullPage: true });
  await screen.screenshot({ path: path.join(screenshots, 'floor-screen.png') });
  // On a smaller projector the type shrinks until the screen fits.
  await screen.setViewportSize({ width: 1280, height: 720 });
  await screen.waitForFunction(() => document.documentElement.scrollHeight <= innerHeight, null, { timeout: 5000 });
});

test('the floor works without JavaScript', async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const own = await startServer(['--demo']);
  try {
    await signIn(page, own.links.participant);
    await page.goto(`${own.url}/program`);
    const sessions = await page.locator('a[href^="/sessions/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await page.goto(`${own.url}${sessions[0]}/floor`);
    await page.getByText('Ask a question', { exact: true }).click();
    await page.getByLabel('Your question').fill('Does this work on an old phone?');
    await page.getByRole('button', { name: 'Send the question' }).click();
    await page.locator('.floor-question', { hasText: 'Does this work on an old phone?' }).waitFor();
  } finally {
    await context.close();
    await own.stop();
  }
});
