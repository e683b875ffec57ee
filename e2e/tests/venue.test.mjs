// At the venue: the marketplace as a secretariat runs it, the projector
// board at the size of a real open space, and a live poll on a panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  startServer, launchBrowser, accessibilityViolations, screenshots, PHONE, PROJECTOR, signIn,
  openSessionFloor,
} from '../harness.mjs';

let server;
let browser;
// Sign-in links work once: the second test goes on with these pages.
const pages = {};

before(async () => {
  server = await startServer(['--demo']);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const live = (page) => page.waitForSelector('html[data-live="connected"]');
const CONVENERS = ['Amin Muftiyanah', 'Leah Sullivan', 'Natividad Obeso', 'Alex Au', 'Farah Salka'];
const TITLES = [
  'Recruitment fees charged to domestic workers in Gulf states',
  'Safe shelters for survivors who do not want to testify',
  'Sex workers organising against raids dressed up as rescue',
  'Bilateral labour agreements: who gets to sign them?',
  'Counting what matters: measuring prevention honestly',
];
const MORE = [
  'Digital recruitment and fake job offers', 'Returnees and reintegration money',
  'Children left behind by migrating mothers', 'Unions for fishers at sea',
  'Visa sponsorship and the kafala system', 'Legal aid across borders',
  'Media that does not sensationalise trafficking', 'Funding without strings',
  'Trauma-informed interviewing', 'Migrant domestic workers in Hong Kong',
  'Debt bondage in brick kilns', 'Labour inspections that protect workers',
  'Anti-trafficking laws used against sex workers', 'Safe migration hotlines that answer',
  'Remittances and women’s control of money', 'Climate displacement and labour migration',
  'Embassies that shelter their nationals', 'Language access at borders',
  'Peer educators on the Myanmar–Thailand corridor', 'Compensation for survivors',
  'Social media outreach to young migrants', 'Ethical recruitment certification',
  'Self-care for frontline workers',
];

test('the secretariat types five topics for five conveners, a convener stays at their table, the projector stays readable, a participant finds their table', async () => {
  const organiserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const organiser = await organiserContext.newPage();
  const amin = await (await browser.newContext({ viewport: PHONE })).newPage();
  const diana = await (await browser.newContext({ viewport: PHONE })).newPage();
  const screen = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
  await signIn(organiser, server.links.organiser);
  await signIn(amin, server.links.participant);
  await signIn(diana, server.links.facilitator);
  await signIn(screen, server.links.screen);
  Object.assign(pages, { organiserContext, organiser, amin, diana, screen });

  // Five topics called out in the room, typed in for their conveners and
  // placed side by side in one round.
  for (const [i, name] of CONVENERS.entries()) {
    const title = TITLES[i];
    await organiser.goto(`${server.url}/open-space`);
    await organiser.getByText('Propose a topic', { exact: true }).click();
    await organiser.getByLabel('Title').fill(title);
    await organiser.getByLabel('Convener (when you enter a topic for someone)').fill(name);
    await organiser.getByRole('button', { name: 'Propose and convene it' }).click();
    await organiser.getByRole('heading', { name: title }).waitFor();
    await organiser.goto(`${server.url}/open-space`);
    const card = organiser.locator('.os-cell', { hasText: title });
    const options = await card.getByLabel('Place at').locator('option').allInnerTexts();
    const cell = options.find((o) => o.startsWith('Round 2 ') && o.includes(`· Table ${i + 1} ·`));
    assert.ok(cell, options.join('\n'));
    await card.getByLabel('Place at').selectOption({ label: cell });
    await card.getByRole('button', { name: 'Place' }).click();
    await organiser.locator('.os-round', { hasText: title }).waitFor();
  }
  const board = await organiser.locator('#board').innerText();
  for (const [i, name] of CONVENERS.entries()) {
    assert.match(board, new RegExp(`${escape(TITLES[i])}\\s+Convened by ${name}`), 'named on the board');
  }
  assert.deepEqual(await accessibilityViolations(organiser), []);

  // Amin convenes the first table of round 2: another table of that round
  // refuses him, with the reason, back on the board.
  await amin.goto(`${server.url}/open-space`);
  await amin.locator('.os-cell', { hasText: TITLES[1] }).getByRole('button', { name: 'Add my name' }).click();
  const refusal = amin.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), new RegExp(`You convene “${escape(TITLES[0])}” in this round`));
  assert.ok(await amin.locator('#board').count(), 'the board, not a dead end');
  await amin.screenshot({ path: path.join(screenshots, 'venue-convener-refused-phone.png'), fullPage: false });

  // A participant joins a table, then finds it through My open space.
  await diana.goto(`${server.url}/open-space`);
  await diana.locator('.os-cell', { hasText: TITLES[2] }).getByRole('button', { name: 'Add my name' }).click();
  await diana.goto(`${server.url}/open-space`);
  const mine = diana.locator('#mine');
  assert.match(await mine.innerText(), new RegExp(`${escape(TITLES[2])} · Table 3`));
  assert.deepEqual(await accessibilityViolations(diana), []);
  await diana.locator('#mine').screenshot({ path: path.join(screenshots, 'venue-my-open-space-phone.png') });
  const found = await diana.goto(`${server.url}/open-space?q=kafala`);
  assert.equal(found.status(), 200);

  // The board grows to a real size: 14 tables, two rounds full.
  const placed = await organiser.evaluate(async (more) => {
    const csrf = document.querySelector('input[name="csrf"]').value;
    const post = (url, fields) => fetch(url, {
      method: 'POST', body: new URLSearchParams({ csrf, ...fields }),
    });
    for (let n = 8; n <= 14; n++) {
      await post('/open-space/spaces', { name: `Table ${n}`, capacity: '12', languages: '' });
    }
    const html = await (await fetch('/open-space')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const cells = [...doc.querySelector('select[name="cell"]').options]
      .filter((o) => /^Round [23] /.test(o.textContent))
      .map((o) => o.value);
    let count = 0;
    for (const [i, cell] of cells.entries()) {
      if (i >= more.length) break;
      const made = await post('/open-space/topics', {
        title: more[i], language: 'en', convener: `Table host ${i}`,
      });
      const id = new URL(made.url).pathname.split('/').pop();
      const put = await post(`/topics/${id}/place`, { cell, confirm: 'yes' });
      if (put.ok) count += 1;
    }
    return count;
  }, MORE);
  assert.equal(placed, MORE.length);

  await screen.goto(`${server.url}/open-space/screen`);
  await live(screen);
  const label = screen.locator('[data-page-label]');
  await label.waitFor();
  const measure = () => screen.evaluate(() => {
    const sizes = (selector) => [...document.querySelectorAll(selector)]
      .map((e) => parseFloat(getComputedStyle(e).fontSize));
    return {
      titles: sizes('.os-topic h3, .os-screen-title'),
      tables: sizes('.os-space'),
      shown: [...document.querySelectorAll('[data-item]:not([hidden])')].map((e) => e.textContent.trim().slice(0, 40)),
      fits: document.documentElement.scrollHeight <= window.innerHeight + 1,
    };
  });
  const first = await measure();
  assert.ok(first.titles.length >= 28, `${first.titles.length} titles`);
  assert.ok(Math.min(...first.titles) >= 28, `a title of ${Math.min(...first.titles)} px`);
  assert.ok(Math.min(...first.tables) >= 20, `a table name of ${Math.min(...first.tables)} px`);
  assert.ok(first.fits, 'a page fits the screen');
  assert.match(await label.innerText(), /^1\/\d+$/);
  await screen.screenshot({ path: path.join(screenshots, 'venue-board-projector-page-1.png') });
  await screen.goto(`${server.url}/open-space/screen?page=2`);
  await label.waitFor();
  const second = await measure();
  assert.match(await label.innerText(), /^2\/\d+$/);
  assert.ok(second.fits);
  assert.ok(second.shown.every((t) => !first.shown.includes(t)), 'another part of the board');
  assert.deepEqual(await accessibilityViolations(screen), []);
  await screen.screenshot({ path: path.join(screenshots, 'venue-board-projector-page-2.png') });
  await amin.goto(`${server.url}/open-space`);
  await amin.screenshot({ path: path.join(screenshots, 'venue-board-phone.png'), fullPage: false });
});

test('a facilitator runs a poll on a panel with three phones and the screen', async () => {
  const { organiserContext, organiser, amin, screen } = pages;
  const facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  // Diana's phone signed in with her link; her laptop is the same account.
  const cookies = await pages.diana.context().cookies();
  await facilitator.context().addCookies(cookies);
  const graziella = await (await browser.newContext({ viewport: PHONE })).newPage();
  await organiser.goto(`${server.url}/admin/invitations`);
  await organiser.getByRole('button', { name: 'Make badges for everyone not invited yet' }).click();
  const badge = organiser.locator('.badge-card').filter({ hasText: 'Graziella Rocha' });
  await signIn(graziella, (await badge.locator('.badge-link').innerText()).trim());
  const organiserPhone = await organiserContext.newPage();
  await organiserPhone.setViewportSize(PHONE);

  const session = await openSessionFloor(facilitator, server.url, 'Prevention of human trafficking by promoting safe migration, part 2');
  await screen.goto(`${server.url}/sessions/${session}/screen`);
  await live(screen);
  await facilitator.getByText('Open a poll', { exact: true }).click();
  await facilitator.getByLabel('Question', { exact: true }).fill('What should the network push for first?');
  await facilitator.getByLabel('Choices, one per line').fill('Ban recruitment fees\nSafe shelters\nLabour rights for sex workers');
  await facilitator.getByRole('button', { name: 'Open the poll' }).click();
  await facilitator.locator('.poll').first().waitFor();
  await screen.locator('.floor-screen-poll').getByText('What should the network push for first?').waitFor();

  const phones = [amin, organiserPhone, graziella];
  for (const [n, phone] of phones.entries()) {
    await phone.goto(`${server.url}/sessions/${session}/floor`);
    const poll = phone.locator('.poll').first();
    await poll.getByLabel('Ban recruitment fees').check();
    await poll.getByRole('button', { name: 'Answer' }).click();
    await phone.locator('.poll').first().getByText('you answered').waitFor();
    const answers = n === 0 ? 'One answer' : `${n + 1} answers`;
    await screen.locator('.floor-screen-poll').getByText(answers).waitFor({ timeout: 5000 });
    if (n < 2) {
      assert.match(await screen.locator('.floor-screen-poll').innerText(), /fewer than 3/, 'hidden under three');
    }
  }
  const bars = await screen.locator('.floor-screen-poll .poll-bars').innerText();
  assert.match(bars, /Ban recruitment fees\s*3/);
  assert.deepEqual(await accessibilityViolations(graziella), []);
  await graziella.screenshot({ path: path.join(screenshots, 'venue-poll-phone.png'), fullPage: false });
  await screen.screenshot({ path: path.join(screenshots, 'venue-poll-projector.png') });

  // A second answer from the same phone is refused; closing shows every count.
  await facilitator.goto(`${server.url}/sessions/${session}/floor`);
  await facilitator.locator('.poll').first().getByRole('button', { name: 'Close the poll' }).click();
  await screen.locator('.floor-screen-poll').getByText('Closed').waitFor({ timeout: 5000 });
  assert.match(await screen.locator('.floor-screen-poll').innerText(), /Safe shelters\s*0/);
  await screen.screenshot({ path: path.join(screenshots, 'venue-poll-closed-projector.png') });
});
