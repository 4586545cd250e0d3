// Drives the counsellor console in Debian's headless Chromium: a wrong key is refused, the counsellor's key lists
// only their client, the client's profile, transcript and certification section show, and a note is added.
// Usage: node .ci/web-test/console.spec.mjs <console url> <key> <client id> [screenshot.png]   (run by ChromiumConsoleTest)
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, key, clientId, shot = 'target/console.png'] = process.argv.slice(2);
if (!clientId) {
  console.error('usage: node console.spec.mjs <url> <key> <client id> [screenshot.png]');
  process.exit(2);
}
setTimeout(() => { console.error('FAILED: the whole run took over 80 s'); process.exit(1); }, 80_000).unref();
const check = (ok, what) => { if (!ok) throw new Error(what); };
const problems = [];
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jobpilot-console-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1100, height: 1300 },
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 40[13]/.test(m.text())) problems.push('console error: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  await page.goto(url);

  await page.fill('#key', 'jp_000000000000_' + '0'.repeat(64));
  await page.click('#sign-in button[type=submit]');
  await page.waitForFunction(() => document.getElementById('sign-in-error').textContent.length > 0);
  check((await page.textContent('#sign-in-error')).includes('unknown or revoked'), 'a wrong key was not refused');

  await page.fill('#key', key);
  await page.click('#sign-in button[type=submit]');
  await page.waitForSelector('body[data-state="signed-in"]');
  const clients = page.locator('#clients button');
  await clients.first().waitFor();
  check(await clients.count() === 1, 'expected exactly one client, found ' + await clients.count());
  await clients.first().click();
  await page.waitForSelector('body[data-client="' + clientId + '"]');
  check((await page.textContent('#profile')).includes('서울 마포구'), 'the profile lacks the location');
  check((await page.textContent('#transcript')).includes('연결했어요'), 'the transcript lacks the link message');
  check(await page.locator('[data-section="certification-path"]').count() === 1, 'no certification section');

  await page.fill('#note', '다음 상담: 포트폴리오');
  await page.click('#note-form button');
  await page.waitForFunction(() => document.getElementById('notes').textContent.includes('포트폴리오'));

  await page.fill('#suggestion', '공고 확인해 보세요');
  await page.click('#suggest-form button');
  await page.waitForFunction(() => document.getElementById('suggest-status').textContent.length > 0);
  check((await page.textContent('#suggest-status')).includes('not allowed suggestions'), 'a suggestion went without consent');

  await page.screenshot({ path: shot });
  check(problems.length === 0, problems.join('\n'));
  console.log('passed: console sign-in, own client, profile, transcript, note, consent check');
} catch (e) {
  console.error('FAILED: ' + e.message);
  process.exitCode = 1;
} finally {
  await context.close();
}
