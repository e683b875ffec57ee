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

// Sign-in links are single-use: later tests go on with the signed-in pages
// of earlier ones.
const signedIn = {};

test('one proposes and places a topic, another sees it without reload and joins, the screen counts', async () => {
  const amin = await (await browser.newContext({ viewport: PHONE })).newPage();
  const diana = await (await browser.newContext({ viewport: PHONE })).newPage();
  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const foreign = recordForeignRequests(screen, server.url);
  await signIn(amin, server.links.participant);
  await signIn(diana, server.links.facilitator);
  await signIn(screen, server.links.screen);
  Object.assign(signedIn, { amin, diana });

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
  assert.match(await screenCard.innerText(), /1\/12/, 'its convener sits there');

  await round2.getByRole('button', { name: new RegExp(`Add my name.*${title}`) }).click();
  await diana.getByRole('heading', { name: title }).waitFor();
  assert.match(await diana.locator('.os-names').innerText(), /Diana Cano/);
  assert.deepEqual(await accessibilityViolations(diana), []);
  await diana.screenshot({ path: path.join(screenshots, 'topic-phone.png'), fullPage: true });

  // The screen's count follows, without a reload.
  await screen.locator('.os-cell', { hasText: title }).getByText('2/12').waitFor({ timeout: 5000 });
  assert.deepEqual(await accessibilityViolations(screen), []);
  // A projector cannot scroll: the board is in view (a page at a time when
  // it does not fit), on a smaller projector too, and titles stay large.
  const overflow = () => screen.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  const smallestTitle = () => screen.evaluate(() => Math.min(...[...document.querySelectorAll('.os-topic h3, .os-screen-title')]
    .map((e) => parseFloat(getComputedStyle(e).fontSize))));
  assert.equal(await overflow(), 0, 'the board fits 1920×1080');
  assert.ok(await smallestTitle() >= 28);
  await screen.setViewportSize({ width: 1280, height: 720 });
  await screen.waitForFunction(() => document.documentElement.scrollHeight <= innerHeight, null, { timeout: 5000 });
  assert.ok(await smallestTitle() >= 28, 'titles keep their size on the smaller projector');
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await screen.waitForFunction(() => document.documentElement.scrollHeight <= innerHeight, null, { timeout: 5000 });
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
  signedIn.organiser = page;
});

test('a full table offers the tables with room and a place in line, and the seat when it frees', async () => {
  // The organiser's page has no JavaScript: setting up works by plain forms.
  const { organiser, amin, diana } = signedIn;
  await organiser.goto(`${server.url}/open-space/setup`);
  await organiser.getByLabel('Name', { exact: true }).fill('Corner for two');
  await organiser.getByLabel('Seats', { exact: true }).fill('2');
  await organiser.getByRole('button', { name: 'Add the table' }).click();
  await organiser.getByText('Corner for two').first().waitFor();
  // Another table of round 3, for those turned away.
  await organiser.goto(`${server.url}/open-space`);
  const other = organiser.locator('.os-cell', { hasText: 'GAATW Secretariat' });
  const cells = await other.getByLabel('Place at').locator('option').allInnerTexts();
  await other.getByLabel('Place at').selectOption({ label: cells.find((o) => /^Round 3 .*· Table 1 ·/.test(o)) });
  await other.getByRole('button', { name: 'Place' }).click();
  await organiser.locator('section', { hasText: 'Round 3' }).getByText('GAATW Secretariat').first().waitFor();

  // Diana convenes it in round 3 (Amin convenes a table in round 2, where
  // he stays) and sits at it as its convener.
  const title = 'One to one on visa renewals';
  await diana.goto(`${server.url}/open-space`);
  await diana.getByText('Propose a topic', { exact: true }).click();
  await diana.getByLabel('Title').fill(title);
  await diana.getByRole('button', { name: 'Propose and convene it' }).click();
  await diana.getByRole('heading', { name: title }).waitFor();
  await diana.goto(`${server.url}/open-space`);
  const card = diana.locator('.os-cell', { hasText: title });
  const options = await card.getByLabel('Place at').locator('option').allInnerTexts();
  const corner = options.find((o) => /^Round 3 .*· Corner for two ·/.test(o));
  assert.ok(corner, options.join('\n'));
  await card.getByLabel('Place at').selectOption({ label: corner });
  await card.getByRole('button', { name: 'Place' }).click();
  await diana.waitForURL(/\/open-space/);
  await diana.locator('.os-cell', { hasText: title }).getByText('1/2').waitFor();
  const join = (page) => page.locator('section', { has: page.getByRole('heading', { name: /Round 3/ }) })
    .getByRole('button', { name: new RegExp(`Add my name.*${title}`) }).click();
  // The organiser takes the other seat.
  await organiser.goto(`${server.url}/open-space`);
  await join(organiser);
  await organiser.getByRole('heading', { name: title }).waitFor();
  const topicPage = organiser.url();

  await amin.goto(`${server.url}/open-space`);
  await join(amin);
  await amin.getByRole('heading', { name: 'This table is full' }).waitFor();
  const offered = amin.locator('.os-cells > li');
  assert.ok(await offered.count() > 0, 'tables with room are offered');
  assert.match(await offered.first().innerText(), /seats? left/);
  assert.deepEqual(await accessibilityViolations(amin), []);
  await amin.screenshot({ path: path.join(screenshots, 'table-full-phone.png'), fullPage: true });
  await amin.getByRole('button', { name: 'Wait for a place' }).click();
  await amin.getByText('You are waiting for a place at this table.').waitFor();

  // The organiser leaves: Amin, first in line, is moved in and sees it live.
  await organiser.getByRole('button', { name: 'Leave this table' }).click();
  await amin.locator('.os-names', { hasText: 'Amin Muftiyanah' }).waitFor({ timeout: 5000 });

  // The organiser waits in turn, adds a chair, and is moved in.
  await organiser.goto(`${server.url}/open-space`);
  await join(organiser);
  await organiser.getByRole('heading', { name: 'This table is full' }).waitFor();
  await organiser.getByRole('button', { name: 'Wait for a place' }).click();
  await organiser.getByText('You are waiting for a place at this table.').waitFor();
  await organiser.goto(`${server.url}/open-space/setup`);
  const cornerSetup = organiser.locator('li', { hasText: 'Corner for two' });
  await cornerSetup.getByText('Change name, seats or interpretation').click();
  await cornerSetup.getByLabel('Seats').fill('3');
  await cornerSetup.getByRole('button', { name: 'Save the table' }).click();
  await organiser.waitForURL(/\/open-space\/setup/);
  await organiser.goto(topicPage);
  assert.match(await organiser.locator('.os-names').innerText(), /Demo organiser/);
});


/** The pages of a PDF rendered by Chromium: [width, height] in points each. */
function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
    .map((m) => [Number(m[1]), Number(m[2])]);
}

test('the board prints on A3 landscape and each table gets an A4 sign-up sheet', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Its own server: the demo's organiser link works once.
  const own = await startServer(['--demo']);
  try {
    await signIn(page, own.links.organiser);
    await page.goto(`${own.url}/open-space`);
    for (const [topic, table] of [['GAATW Secretariat', 'Table 1'], ['Domestic work: labour inspections', 'Table 2']]) {
      const card = page.locator('.os-cell', { hasText: topic });
      const options = await card.getByLabel('Place at').locator('option').allInnerTexts();
      const label = options.find((o) => o.startsWith('Round 2 ') && o.includes(`· ${table} ·`));
      await card.getByLabel('Place at').selectOption({ label });
      await card.getByRole('button', { name: 'Place' }).click();
      await page.waitForURL(/\/open-space/);
    }
    await page.locator('.os-cell', { hasText: 'GAATW Secretariat' })
      .getByRole('button', { name: /Add my name/ }).click();

    await page.goto(`${own.url}/open-space/print`);
    assert.deepEqual(await accessibilityViolations(page), []);
    const board = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    assert.ok(board.length >= 1, 'a PDF page');
    for (const [w, h] of board) {
      assert.ok(Math.abs(w - 1190.55) < 2 && Math.abs(h - 841.89) < 2, `A3 landscape, got ${w}×${h}`);
    }

    await page.goto(`${own.url}/open-space/sheets`);
    assert.match(await page.locator('main').innerText(), /Demo organiser|GAATW Secretariat/);
    const sheets = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    assert.equal(sheets.length, 2, 'one sheet per placed topic');
    for (const [w, h] of sheets) {
      assert.ok(Math.abs(w - 595.28) < 2 && Math.abs(h - 841.89) < 2, `A4 portrait, got ${w}×${h}`);
    }
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(screenshots, 'sign-up-sheets-print.png'), fullPage: true });
  } finally {
    await context.close();
    await own.stop();
  }
});

test('an organiser asks for a suggested placement, reads its score, and applies it', async () => {
  const own = await startServer(['--demo']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await signIn(page, own.links.organiser);
    await page.goto(`${own.url}/open-space`);
    await page.getByRole('link', { name: 'Suggest a placement' }).click();
    await page.getByRole('heading', { name: 'Suggest a placement' }).waitFor();
    const text = await page.locator('main').innerText();
    assert.match(text, /no placement can score below/);
    assert.match(text, /GAATW Secretariat/);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(screenshots, 'suggest-placement.png'), fullPage: true });
    await page.getByRole('button', { name: 'Apply this placement' }).click();
    await page.waitForURL(`${own.url}/open-space`);
    assert.equal(await page.locator('#unplaced + p + p.empty, .os-unplaced .empty').count(), 1, 'every topic has a table');
  } finally {
    await context.close();
    await own.stop();
  }
});
