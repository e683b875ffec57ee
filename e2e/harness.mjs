// Shared by the browser tests: start the real binary, drive Debian's Chromium,
// check accessibility with axe-core.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const binary = process.env.CONVENE_BIN ?? path.join(here, '..', 'target', 'debug', 'convene');
export const screenshots = path.join(here, 'screenshots');
mkdirSync(screenshots, { recursive: true });

export const PHONE = { width: 390, height: 844 };
export const PROJECTOR = { width: 1920, height: 1080 };

/** Starts `convene serve` with `args` on a free port; resolves to { url, stop }. */
export function startServer(args = ['--demo']) {
  const child = spawn(binary, ['serve', '--bind', '127.0.0.1:0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONVENE_LOG: 'warn' },
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 20 s: ${stderr}`));
    }, 20_000);
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = stdout.match(/listening on (http:\/\/[^\s]+?)\/?\s/);
      if (!m) return;
      // With --demo, one sign-in link per role and one for the screen follow
      // the address; wait for all four whole lines (output arrives in chunks).
      const links = Object.fromEntries(
        [...stdout.matchAll(/^\s+(organiser|facilitator|participant|screen)\s.*?(http:\/\/\S+\/signin\/\S+)\r?\n/gm)]
          .map((l) => [l[1], l[2]]),
      );
      if (args.includes('--demo') && Object.keys(links).length < 4) return;
      clearTimeout(timer);
      resolve({
        url: m[1],
        links,
        stop: () => new Promise((done) => {
          child.once('exit', done);
          child.kill('SIGTERM');
        }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync',
    ],
  });
}

/** Signs the page's context in through a demo sign-in link. */
export async function signIn(page, link) {
  await page.goto(link);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** Runs axe-core on the page; returns WCAG 2.x A/AA violations, formatted. */
export async function accessibilityViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) =>
    `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/** Fails if the page made any request to another origin. */
export function recordForeignRequests(page, origin) {
  const foreign = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}

/** Opens a session's floor from the program, as a person would; resolves
 * to the session's id. */
export async function openSessionFloor(page, url, title) {
  await page.goto(`${url}/program`);
  if (!(await page.getByRole('link', { name: title }).count())) {
    for (const tab of await page.locator('.days a').all()) {
      await tab.click();
      if (await page.getByRole('link', { name: title }).count()) break;
    }
  }
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Questions and the speaking queue' }).click();
  await page.getByRole('heading', { name: 'Speaking queue' }).waitFor();
  return new URL(page.url()).pathname.match(/\/sessions\/(\d+)\/floor/)[1];
}
