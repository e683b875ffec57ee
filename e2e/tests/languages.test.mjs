import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  startServer, launchBrowser, accessibilityViolations, screenshots, PHONE, PROJECTOR,
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

// Each browser asks for its language; the pages answer in it.
const LOCALES = [
  { locale: 'es-AR', lang: 'es', dir: 'ltr', program: 'Programa' },
  { locale: 'id-ID', lang: 'id', dir: 'ltr', program: 'Agenda' },
  { locale: 'th-TH', lang: 'th', dir: 'ltr', program: 'กำหนดการ' },
  { locale: 'ar-LB', lang: 'ar', dir: 'rtl', program: null },
];

test('now and next, the program, the board and the floor in the browser\'s language, right to left in Arabic', async () => {
  for (const { locale, lang, dir } of LOCALES) {
    for (const [size, viewport] of [['phone', PHONE], ['projector', PROJECTOR]]) {
      const context = await browser.newContext({ viewport, locale });
      const page = await context.newPage();
      for (const [name, url] of [['now', '/'], ['program', '/program'], ['open-space', '/open-space']]) {
        await page.goto(`${server.url}${url}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, `${lang} ${name}`);
        assert.equal(await page.getAttribute('html', 'dir'), dir, `${lang} ${name}`);
        if (size === 'phone') {
          assert.deepEqual(await accessibilityViolations(page), [], `${lang} ${name}`);
        }
        await page.screenshot({ path: path.join(screenshots, `${lang}-${name}-${size}.png`), fullPage: size === 'phone' });
      }
      await context.close();
    }
  }
});
