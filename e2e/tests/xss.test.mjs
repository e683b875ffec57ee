// Hostile text through every field a person can fill today: names (import
// and the account form), organisation names and the organiser's name. Pages
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
