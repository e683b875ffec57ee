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

async function signedIn(link, viewport = PHONE) {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, link);
  return page;
}

/** Switches the pages' language with the footer's buttons. */
async function speak(page, language) {
  await page.locator('#languages').getByRole('button', { name: language }).click();
}

async function addQuestion(page, fields) {
  const form = page.locator('#new-question form');
  await form.getByLabel('Question (English)').fill(fields.en);
  await form.getByLabel('Kind of answer').selectOption({ label: fields.kind });
  if (fields.choices) await form.getByLabel('Choices, one per line (English)').fill(fields.choices.join('\n'));
  const translations = fields.translations ?? {};
  if (Object.keys(translations).length) {
    await form.locator('details.translations').first().locator('summary').click();
    for (const [name, text] of Object.entries(translations)) {
      await form.getByLabel(`Question (${name})`).fill(text);
    }
  }
  for (const [name, choices] of Object.entries(fields.translatedChoices ?? {})) {
    const details = form.locator('details.translations', { has: page.getByLabel(`Choices, one per line (${name})`) });
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    await form.getByLabel(`Choices, one per line (${name})`).fill(choices.join('\n'));
  }
  for (const box of fields.checks ?? []) await form.getByLabel(box).check();
  await form.getByRole('button', { name: 'Add the question' }).click();
  await page.getByText('Saved.').waitFor();
}

test('an organiser builds a questionnaire, two participants answer it in Spanish and Indonesian, and a suggestion reaches the board', async () => {
  const organiser = await signedIn(server.links.organiser, { width: 1280, height: 900 });
  await organiser.goto(`${server.url}/questionnaires`);
  assert.match(await organiser.locator('main').innerText(), /Before the consultation/);
  await organiser.getByLabel('Title (English)').fill('Open space wishes');
  await organiser.getByRole('button', { name: 'Create and add questions' }).click();
  await organiser.getByRole('heading', { level: 1, name: 'Open space wishes' }).waitFor();

  await addQuestion(organiser, {
    en: 'What kind of organisation are you?',
    kind: 'One choice',
    choices: ['Union', 'Shelter', 'Sex worker group'],
    translations: { Spanish: '¿Qué tipo de organización son?', Indonesian: 'Organisasi Anda jenis apa?' },
    translatedChoices: {
      Spanish: ['Sindicato', 'Albergue', 'Grupo de trabajadoras sexuales'],
      Indonesian: ['Serikat', 'Rumah aman', 'Kelompok pekerja seks'],
    },
    checks: ['Everyone signed in may read the answers (otherwise only organisers)'],
  });
  await addQuestion(organiser, {
    en: 'Which topics would you like to discuss?',
    kind: 'Long text',
    translations: { Spanish: '¿Qué temas le gustaría discutir?', Indonesian: 'Topik apa yang ingin Anda diskusikan?' },
    checks: ['Group the answers into topic suggestions for the open space'],
  });
  await addQuestion(organiser, {
    en: 'How useful do you expect the meeting to be?',
    kind: 'Scale from 1 to 5',
    translations: { Spanish: '¿Qué tan útil espera que sea la reunión?', Indonesian: 'Seberapa berguna pertemuan ini menurut Anda?' },
  });
  const questionnaire = organiser.url().match(/questionnaires\/(\d+)/)[1];
  assert.equal(await organiser.locator('.question-item').count(), 3);
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'questionnaire-builder-desktop.png'), fullPage: true });

  // Two people answer on their phones, each in their language.
  const answers = [
    { link: server.links.participant, language: 'Bahasa Indonesia', kind: 'Serikat', topics: 'kampanye migrasi aman di desa asal', scale: '4', thanks: /Terima kasih/, shot: 'id' },
    { link: server.links.facilitator, language: 'Español', kind: 'Sindicato', topics: 'campañas de migración segura antes de viajar', scale: '5', thanks: /Gracias/, shot: 'es' },
  ];
  for (const a of answers) {
    const phone = await signedIn(a.link);
    await phone.goto(`${server.url}/my`);
    await speak(phone, a.language);
    await phone.goto(`${server.url}/questionnaires/${questionnaire}`);
    await phone.getByRole('radio', { name: a.kind }).check();
    await phone.locator('textarea').fill(a.topics);
    await phone.getByRole('radio', { name: a.scale, exact: false }).first().check();
    assert.deepEqual(await accessibilityViolations(phone), []);
    await phone.screenshot({ path: path.join(screenshots, `questionnaire-answer-${a.shot}-phone.png`), fullPage: true });
    await phone.locator('form.answer-form button[type="submit"]').click();
    await phone.getByText(a.thanks).first().waitFor();
    await phone.context().close();
  }

  // The results: a chart the server drew, and counts under 3 hidden.
  await organiser.goto(`${server.url}/questionnaires/${questionnaire}/results`);
  await organiser.locator('svg.chart').first().waitFor();
  const results = await organiser.locator('main').innerText();
  assert.match(results, /Answers from fewer than 3 people/);
  assert.match(results, /campañas de migración segura antes de viajar/);
  assert.doesNotMatch(results, /Union\s+2/, 'two answers never show as 2');
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'questionnaire-results-desktop.png'), fullPage: true });

  // The two answers, in two languages, make one suggestion; it goes on the board.
  await organiser.goto(`${server.url}/questionnaires/${questionnaire}/suggestions`);
  await organiser.getByRole('button', { name: 'Group the answers' }).click();
  await organiser.getByText('Done.').waitFor();
  const suggestion = organiser.locator('article.suggestion').first();
  assert.match(await suggestion.innerText(), /kampanye migrasi aman[\s\S]*campañas de migración segura|campañas de migración segura[\s\S]*kampanye migrasi aman/);
  await suggestion.locator('summary').click();
  await suggestion.getByLabel('Title', { exact: true }).fill('Safe migration campaigns');
  await suggestion.getByRole('button', { name: 'Rename' }).click();
  await organiser.getByText('Done.').waitFor();
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'questionnaire-suggestions-desktop.png'), fullPage: true });
  await organiser.locator('article.suggestion', { hasText: 'Safe migration campaigns' })
    .getByRole('button', { name: 'Publish on the board' }).click();
  await organiser.getByText('on the board').first().waitFor();
  await organiser.goto(`${server.url}/open-space`);
  const card = organiser.locator('.os-topic', { hasText: 'Safe migration campaigns' }).first();
  assert.match(await card.innerText(), /Yasanti/);

  // The demo's results on a phone, then right to left in Arabic.
  await organiser.setViewportSize(PHONE);
  await organiser.goto(`${server.url}/questionnaires`);
  await organiser.getByRole('link', { name: 'Results' }).first().click();
  await organiser.locator('svg.chart').first().waitFor();
  await organiser.screenshot({ path: path.join(screenshots, 'questionnaire-results-phone.png'), fullPage: true });
  await speak(organiser, 'العربية');
  await organiser.locator('svg.chart').first().waitFor();
  assert.equal(await organiser.getAttribute('html', 'dir'), 'rtl');
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'questionnaire-results-ar-phone.png'), fullPage: true });
  await organiser.goto(`${server.url}/questionnaires/1/suggestions`);
  assert.deepEqual(await accessibilityViolations(organiser), []);
  await organiser.screenshot({ path: path.join(screenshots, 'questionnaire-suggestions-ar-phone.png'), fullPage: true });
  await organiser.context().close();
});
