// Hostile text through every field a person can fill today: names (import
// and the account form), organisation names, the organiser's name, and the
// open space's topic titles, descriptions and notes. Pages
// open with CSP bypassed, so that escaping alone must hold.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binary, startServer, launchBrowser, signIn } from '../harness.mjs';

const SINK = 'window.__xss=1';
const payloads = (() => {
  const list = [
    `<script>${SINK}</script>`,
    `<img src=x onerror="${SINK}">`,
    `<svg onload="${SINK}">`,
    `"><script>${SINK}</script>`,
    `'><img src=x onerror=${SINK}>`,
    `</title><script>${SINK}</script>`,
    `</textarea><script>${SINK}</script>`,
    `<iframe src="javascript:${SINK}">`,
    `<a href="javascript:${SINK}">x</a>`,
    `<body onload=${SINK}>`,
    `<details open ontoggle="${SINK}">`,
    `<input autofocus onfocus="${SINK}">`,
    `<math><mtext><script>${SINK}</script>`,
    `{{7*7}} \${7*7} <%= 7*7 %>`,
    `&lt;script&gt;${SINK}&lt;/script&gt;`,
    `<scr<script>ipt>${SINK}</script>`,
    `" onmouseover="${SINK}" x="`,
    `' onfocus='${SINK}' autofocus x='`,
    `<style>@import "http://evil.example/x.css";</style>`,
    `<meta http-equiv="refresh" content="0;url=http://evil.example">`,
  ];
  const tags = ['img', 'video', 'audio', 'object', 'embed', 'marquee'];
  const events = ['onerror', 'onload', 'onstart', 'onmouseenter', 'onfocus'];
  for (const tag of tags) {
    for (const ev of events) list.push(`<${tag} src=x ${ev}="${SINK}">`);
  }
  return list.slice(0, 55);
})();

let server;
let browser;
let dir;

before(async () => {
  assert.ok(payloads.length >= 50, `${payloads.length} payloads`);
  dir = mkdtempSync(path.join(tmpdir(), 'convene-xss-'));
  const db = path.join(dir, 'xss.db');
  execFileSync(binary, ['demo', '--database', db]);
  const quote = (s) => `"${s.replaceAll('"', '""')}"`;
  const rows = payloads.map((p, i) => [quote(`${p} #${i}`), quote(`Org ${p}`), 'TH', 'participant', 'en', '', 'listed'].join(','));
  writeFileSync(path.join(dir, 'people.csv'), ['name,organisation,country,role,languages,email,visibility', ...rows].join('\n'));
  execFileSync(binary, ['import', 'participants', path.join(dir, 'people.csv'), '--database', db]);
  execFileSync(binary, ['admin', 'add', payloads[1], '--database', db]);
  server = await startServer(['--database', db]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test(`${payloads.length} hostile names show literally and run nothing`, async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  // Sign in as the organiser whose name is itself a payload.
  const link = execFileSync(binary, ['admin', 'add', payloads[1], '--database', path.join(dir, 'xss.db')])
    .toString().match(/http:\/\/\S+\/signin\/\S+/)[0].replace(/^http:\/\/[^/]+/, server.url);
  await signIn(page, link);
  for (const url of ['/people', '/organisations', '/admin/invitations', '/admin/audit', '/account']) {
    await page.goto(server.url + url);
    const text = await page.locator('main').innerText();
    assert.equal(await page.evaluate(() => window.__xss), undefined, `script ran on ${url}`);
    if (url === '/people') {
      for (const [i, p] of payloads.entries()) {
        assert.ok(text.includes(`${p} #${i}`), `payload ${i} not shown literally on ${url}`);
      }
    }
  }
  // The account form round-trips a payload into the person's own name.
  await page.goto(`${server.url}/account`);
  await page.getByLabel(/Your name/).fill(payloads[3]);
  await page.getByRole('button', { name: 'Save my details' }).click();
  await page.waitForURL(/saved=1/);
  assert.equal(await page.getByLabel(/Your name/).inputValue(), payloads[3]);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(dialogs, []);
});

test(`${payloads.length} hostile topic titles, descriptions and notes show literally and run nothing`, async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const link = execFileSync(binary, ['admin', 'add', 'Topic tester', '--database', path.join(dir, 'xss.db')])
    .toString().match(/http:\/\/\S+\/signin\/\S+/)[0].replace(/^http:\/\/[^/]+/, server.url);
  await signIn(page, link);
  await page.goto(`${server.url}/account`);
  const csrf = await page.locator('form[action="/account"] input[name="csrf"]').first().getAttribute('value');
  // Through the API, as the page's own session would.
  const ids = await page.evaluate(async ({ payloads, csrf }) => {
    const call = (method, url, body) => fetch(url, {
      method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body),
    });
    // Two payloads per topic: posting is rate-limited to 30 at once.
    const ids = [];
    for (let i = 0; i < payloads.length; i += 2) {
      const pair = payloads.slice(i, i + 2).map((p, j) => `${p} #${i + j}`);
      const r = await call('POST', '/api/v1/open-space/topics', { title: pair.join(' '), description: pair.reverse().join(' '), language: 'en' });
      ids.push((await r.json()).id);
    }
    const board = await (await fetch('/api/v1/open-space')).json();
    await call('POST', `/api/v1/topics/${ids[0]}/place`, { round: board.rounds[1].id, space: board.spaces[0].id });
    await call('POST', `/api/v1/topics/${ids[0]}/join`, {});
    const notes = { key_points: payloads[0], proposals: payloads[1], next_steps: payloads[2], continuing: payloads[3] };
    const saved = await call('PUT', `/api/v1/topics/${ids[0]}/notes`, notes);
    if (saved.status !== 204) throw new Error(`notes: ${saved.status}`);
    return ids;
  }, { payloads, csrf });
  assert.equal(ids.length, Math.ceil(payloads.length / 2));
  for (const url of ['/open-space', '/open-space/screen', `/topics/${ids[0]}`, `/topics/${ids[5]}`, '/open-space/print', '/open-space/sheets']) {
    await page.goto(server.url + url);
    assert.equal(await page.evaluate(() => window.__xss), undefined, `script ran on ${url}`);
    const text = await page.locator('main').innerText();
    if (url === '/open-space') {
      for (const [i, p] of payloads.entries()) {
        assert.ok(text.includes(`${p} #${i}`), `topic ${i} not shown literally`);
      }
    }
    if (url === `/topics/${ids[0]}`) {
      for (const p of payloads.slice(0, 4)) assert.ok(text.includes(p), `note ${p} not shown literally`);
    }
  }
  assert.deepEqual(dialogs, []);
  await context.close();
});

/** Signs a new organiser in; returns [page, csrf, dialogs]. */
async function organiserPage(name) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const link = execFileSync(binary, ['admin', 'add', name, '--database', path.join(dir, 'xss.db')])
    .toString().match(/http:\/\/\S+\/signin\/\S+/)[0].replace(/^http:\/\/[^/]+/, server.url);
  await signIn(page, link);
  await page.goto(`${server.url}/account`);
  const csrf = await page.locator('form[action="/account"] input[name="csrf"]').first().getAttribute('value');
  return [page, csrf, dialogs];
}

test(`${payloads.length} hostile session titles, descriptions and room names show literally and run nothing`, async () => {
  const [page, csrf, dialogs] = await organiserPage('Program tester');
  const result = await page.evaluate(async ({ payloads, csrf }) => {
    const call = (method, url, body) => fetch(url, {
      method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body),
    });
    const consultation = await (await fetch('/api/v1/consultation')).json();
    const date = consultation.start_date;
    const room = await (await call('POST', '/api/v1/rooms', { name: payloads[4] })).json();
    const ids = [];
    for (let i = 0; i < payloads.length; i += 2) {
      const pair = payloads.slice(i, i + 2).map((p, j) => `${p} #${i + j}`);
      const r = await call('POST', '/api/v1/sessions', {
        title: pair.join(' '), description: pair.reverse().join('\n\n'), kind: 'plenary',
        date, start: '20:00', end: '21:00', room: String(room.id), languages: 'en',
      });
      if (r.status !== 201) throw new Error(`session ${i}: ${r.status} ${await r.text()}`);
      ids.push((await r.json()).id);
    }
    return { ids, date };
  }, { payloads, csrf });
  const { ids, date } = result;
  for (const url of [`/program/${date}`, `/sessions/${ids[0]}`, `/sessions/${ids[3]}`, '/admin/program', `/admin/sessions/${ids[0]}`, `/sessions/${ids[0]}/screen`]) {
    await page.goto(server.url + url);
    assert.equal(await page.evaluate(() => window.__xss), undefined, `script ran on ${url}`);
    const text = await page.locator('main').innerText();
    if (url === `/program/${date}`) {
      for (const [i, p] of payloads.entries()) {
        assert.ok(text.includes(`${p} #${i}`), `session ${i} not shown literally`);
      }
      assert.ok(text.includes(payloads[4]), 'room name shown literally');
    }
  }
  assert.deepEqual(dialogs, []);
  await page.context().close();
});

test(`${payloads.length} hostile questions and a hostile summary show literally and run nothing`, async () => {
  const [page, csrf, dialogs] = await organiserPage('Floor tester');
  const session = await page.evaluate(async ({ payloads, csrf }) => {
    const call = (method, url, body) => fetch(url, {
      method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body),
    });
    const sessions = await (await fetch('/api/v1/sessions')).json();
    const id = sessions.find((s) => s.kind !== 'break').id;
    for (let i = 0; i < payloads.length; i += 2) {
      const text = payloads.slice(i, i + 2).map((p, j) => `${p} #${i + j}`).join(' ');
      const r = await call('POST', `/api/v1/sessions/${id}/questions`, { text, language: 'en' });
      if (r.status !== 201) throw new Error(`question ${i}: ${r.status}`);
    }
    await call('POST', `/api/v1/sessions/${id}/queue`, { note: payloads[0], language: 'en' });
    await call('PUT', `/api/v1/sessions/${id}/summary`, { summary: payloads.slice(0, 5).join('\n\n') });
    return id;
  }, { payloads, csrf });
  for (const url of [`/sessions/${session}/floor`, `/sessions/${session}/screen`, `/sessions/${session}`]) {
    await page.goto(server.url + url);
    assert.equal(await page.evaluate(() => window.__xss), undefined, `script ran on ${url}`);
    const text = await page.locator('main').innerText();
    if (url.endsWith('/floor')) {
      for (const [i, p] of payloads.entries()) {
        assert.ok(text.includes(`${p} #${i}`), `question ${i} not shown literally`);
      }
      assert.ok(text.includes(payloads[0]), 'the note shows literally');
    }
  }
  assert.deepEqual(dialogs, []);
  await page.context().close();
});
