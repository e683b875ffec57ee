import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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

function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
    .map((m) => [Number(m[1]), Number(m[2])]);
}

const SUMMARY = 'The panel agreed that recruitment fees must never be charged to workers.';
const NOTES = {
  'GAATW Secretariat': ['Alliances work when members share contacts.', 'Map referral contacts per corridor'],
  'Domestic work: labour inspections': ['Inspectors rarely enter private homes.', 'Train inspectors with unions'],
};

test('a summary and notes at two tables become the report, printed on A4 and published', async () => {
  const organiser = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const amin = await (await browser.newContext({ viewport: PHONE })).newPage();
  const foreign = recordForeignRequests(organiser, server.url);
  await signIn(organiser, server.links.organiser);
  await signIn(amin, server.links.participant);

  // The facilitators' summary of the panel.
  await organiser.goto(`${server.url}/program`);
  await organiser.getByRole('link', { name: /safe migration, part 1/ }).first().click();
  await organiser.locator('a[href$="/floor"]').first().click();
  await organiser.getByText('Write the summary').click();
  await organiser.locator('#summary-text').fill(SUMMARY);
  await organiser.getByRole('button', { name: 'Save the summary' }).click();
  await organiser.getByText(SUMMARY).first().waitFor();

  // Two tables of the open space, each with notes.
  for (const [topic, table] of [['GAATW Secretariat', 'Table 1'], ['Domestic work: labour inspections', 'Table 2']]) {
    await organiser.goto(`${server.url}/open-space`);
    const card = organiser.locator('.os-cell', { hasText: topic });
    const options = await card.getByLabel('Place at').locator('option').allInnerTexts();
    const label = options.find((o) => o.startsWith('Round 2 ') && o.includes(`· ${table} ·`));
    await card.getByLabel('Place at').selectOption({ label });
    await card.getByRole('button', { name: 'Place' }).click();
    await organiser.waitForURL(/\/open-space/);
    await organiser.locator('.os-cell', { hasText: topic }).getByRole('link', { name: topic }).first().click();
    await organiser.getByText('Write the notes').click();
    const [keyPoints, proposal] = NOTES[topic];
    await organiser.getByLabel('Key points').fill(keyPoints);
    await organiser.getByLabel('Proposals').fill(`- ${proposal}`);
    await organiser.getByLabel('Next steps').fill('Meet again in March');
    await organiser.getByRole('button', { name: 'Save the notes' }).click();
    await organiser.getByText(keyPoints).first().waitFor();
  }

  // A draft: participants cannot read it yet.
  const draft = await amin.goto(`${server.url}/report`);
  assert.equal(draft.status(), 404);

  await organiser.goto(`${server.url}/report`);
  const report = organiser.locator('#report');
  for (const text of [SUMMARY, ...Object.values(NOTES).flat(), 'Proposals and next steps']) {
    await report.getByText(text).first().waitFor();
  }
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'report-organiser.png'), fullPage: true });

  // Printed from the browser: A4, no navigation or forms.
  await organiser.emulateMedia({ media: 'print' });
  assert.equal(await organiser.locator('header.site').isVisible(), false);
  assert.equal(await organiser.locator('.report-tools').isVisible(), false);
  await organiser.emulateMedia({ media: null });
  const pdf = await organiser.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(path.join(screenshots, 'report.pdf'), pdf);
  const pages = pdfPages(pdf);
  assert.ok(pages.length >= 2, `the open space starts a page: ${pages.length} pages`);
  for (const [w, h] of pages) {
    assert.ok(Math.abs(w - 595.28) < 2 && Math.abs(h - 841.89) < 2, `A4 portrait, got ${w}×${h}`);
  }

  // The files, from the page's form.
  for (const [format, start] of [['md', '# Report'], ['html', '<!doctype html>'], ['docx', 'PK']]) {
    const response = await organiser.request.get(`${server.url}/report/file?format=${format}&lang=en`);
    assert.equal(response.status(), 200, format);
    assert.ok((await response.body()).toString('latin1').startsWith(start), format);
  }

  // Published: the participant reads it on a phone.
  await organiser.getByLabel('Introduction').fill('Forty organisations from 30 countries met in Bangkok.');
  await organiser.getByRole('checkbox', { name: /Published: participants can read it/ }).check();
  await organiser.getByRole('button', { name: 'Save the report' }).click();
  await organiser.getByText('Published: participants can read this report.').waitFor();

  await amin.goto(`${server.url}/report`);
  await amin.getByText('Forty organisations from 30 countries met in Bangkok.').waitFor();
  await amin.getByText(SUMMARY).first().waitFor();
  assert.equal(await amin.getByText('Edit the report').count(), 0);
  assert.deepEqual(await accessibilityViolations(amin), []);
  await amin.screenshot({ path: path.join(screenshots, 'report-phone.png'), fullPage: true });
  assert.deepEqual(foreign, []);
});
