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

// What a participant writes in each language, and what the page should say.
const WALK = [
  { locale: 'es-AR', lang: 'es', dir: 'ltr', topic: 'Contratación justa de trabajadoras del hogar', question: '¿Cómo llegan los refugios a las trabajadoras migrantes?' },
  { locale: 'id-ID', lang: 'id', dir: 'ltr', topic: 'Perekrutan yang adil bagi pekerja rumah tangga', question: 'Bagaimana rumah aman menjangkau pekerja migran?' },
  { locale: 'th-TH', lang: 'th', dir: 'ltr', topic: 'การจ้างงานที่เป็นธรรมสำหรับแรงงานทำงานบ้าน', question: 'บ้านพักฉุกเฉินเข้าถึงแรงงานข้ามชาติได้อย่างไร' },
  { locale: 'ar-LB', lang: 'ar', dir: 'rtl', topic: 'التوظيف العادل للعاملات في المنازل', question: 'كيف تصل دور الإيواء إلى العمال المهاجرين؟' },
];

const shoot = async (page, name) => {
  await page.screenshot({ path: path.join(screenshots, `${name}-phone.png`), fullPage: true });
  const viewport = page.viewportSize();
  await page.setViewportSize(PROJECTOR);
  await page.screenshot({ path: path.join(screenshots, `${name}-projector.png`) });
  await page.setViewportSize(viewport);
};

const open = (page, selector) => page.locator(selector).first().evaluate((d) => { d.open = true; });
const submit = (page, action) => page.locator(`form[action*="${action}"] [type=submit]`).first().click();

test('a participant proposes, joins, asks, asks to speak and edits their account in Spanish, Indonesian, Thai and Arabic', async () => {
  for (const { locale, lang, dir, topic, question } of WALK) {
    // Sign-in links are single-use: a fresh demo for each language.
    const demo = await startServer(['--demo']);
    try {
      const amin = await (await browser.newContext({ viewport: PHONE, locale })).newPage();
      const diana = await (await browser.newContext({ viewport: PHONE, locale })).newPage();
      await amin.goto(demo.links.participant);
      await submit(amin, '/signin/');
      await amin.waitForURL((url) => !url.pathname.startsWith('/signin'));
      await diana.goto(demo.links.facilitator);
      await submit(diana, '/signin/');
      await diana.waitForURL((url) => !url.pathname.startsWith('/signin'));
      const check = async (page, name) => {
        assert.equal(await page.getAttribute('html', 'lang'), lang, `${lang} ${name}`);
        assert.equal(await page.getAttribute('html', 'dir'), dir, `${lang} ${name}`);
        assert.deepEqual(await accessibilityViolations(page), [], `${lang} ${name}`);
        await shoot(page, `walk-${lang}-${name}`);
      };

      await amin.goto(`${demo.url}/`);
      await check(amin, 'now');

      // The board: propose a topic in the page's language, join a table.
      await amin.goto(`${demo.url}/open-space`);
      await open(amin, 'details.os-propose');
      assert.equal(await amin.locator('#language').inputValue(), lang, 'the text language defaults to the page\'s');
      await amin.locator('#title').fill(topic);
      await submit(amin, '/open-space/topics');
      await amin.getByRole('heading', { name: topic }).waitFor();
      assert.equal(await amin.locator('h1[lang]').first().getAttribute('lang'), lang);
      await check(amin, 'topic');
      // The convener places it at a table; Diana adds her name to it.
      await amin.goto(`${demo.url}/open-space`);
      await amin.locator('form.os-place [type=submit]').first().click();
      await amin.locator('.os-cell', { hasText: topic }).waitFor();
      await diana.goto(`${demo.url}/open-space`);
      await diana.locator('.os-cell', { hasText: topic }).locator('form[action*="/join"] [type=submit]').click();
      await diana.waitForURL(/\/topics\/\d+/);
      await diana.goto(`${demo.url}/open-space`);
      await diana.locator('.os-cell', { hasText: topic }).locator('form[action*="/leave"]').waitFor();
      await check(diana, 'board');

      // The floor of the first session with a floor: ask, ask to speak; Diana votes.
      await amin.goto(`${demo.url}/program`);
      await check(amin, 'program');
      let floorHref = null;
      for (const href of await amin.locator('h3 a[href^="/sessions/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        await amin.goto(`${demo.url}${href}`);
        if (await amin.locator('a[href$="/floor"]').count() > 0) {
          floorHref = await amin.locator('a[href$="/floor"]').first().getAttribute('href');
          break;
        }
      }
      assert.ok(floorHref, 'a session with a floor');
      await amin.goto(`${demo.url}${floorHref}`);
      await open(amin, 'details:has(form[action*="/questions"])');
      await amin.locator('#text').fill(question);
      assert.equal(await amin.locator('#question-language').inputValue(), lang);
      await submit(amin, '/questions');
      await amin.locator('.floor-questions', { hasText: question }).waitFor();
      await open(amin, 'details:has(form[action$="/queue"])');
      await amin.locator('form[action$="/queue"] [type=submit]').first().click();
      await amin.locator('form[action*="/queue/withdraw"]').waitFor();
      await diana.goto(`${demo.url}${floorHref}`);
      const asked = diana.locator('li', { hasText: question }).last();
      await asked.locator('form[action*="/vote"] [type=submit]').click();
      await diana.locator('li', { hasText: question }).last().locator('[aria-pressed="true"]').waitFor();
      await amin.goto(`${demo.url}${floorHref}`);
      await check(amin, 'floor');

      // The account: spoken languages chosen by name.
      await amin.goto(`${demo.url}/account`);
      await amin.locator('#add_language').selectOption('ar');
      await amin.locator('form[action$="/account"] [type=submit]').first().click();
      await amin.waitForURL(/saved=/);
      assert.ok(await amin.locator('input[name=languages][value=ar]').isChecked());
      await check(amin, 'account');
      await amin.context().close();
      await diana.context().close();
    } finally {
      await demo.stop();
    }
  }
});
