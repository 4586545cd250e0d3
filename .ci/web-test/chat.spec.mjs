// Drives the web chat in Debian's headless Chromium, as a seeker would: switch to Korean, answer the interview by
// typing and clicking, confirm the summary with the "네" button, and expect match cards.
// Usage: node .ci/web-test/chat.spec.mjs <url> [screenshot.png]   (run by ChromiumChatTest; exit 0 = passed)
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, shot = 'target/web-chat.png'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node chat.spec.mjs <url> [screenshot.png]');
  process.exit(2);
}
setTimeout(() => fail('the whole run took over 80 s'), 80_000).unref();

const profile = mkdtempSync(join(tmpdir(), 'jobpilot-chromium-'));
const problems = [];
let page;

function fail(why) {
  console.error('FAILED: ' + why);
  process.exit(1);
}

function check(ok, what) {
  if (!ok) throw new Error(what);
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 860, height: 1400 },
  locale: 'ko-KR',
});

try {
  page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text() + ' ' + (m.location().url || '')); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));

  // every action sets data-pending above 0 at once; the page sets it back to 0 when the reply is drawn
  const settled = () => page.waitForSelector('body[data-pending="0"]', { timeout: 40_000 });
  const lastBot = () => page.locator('.msg.bot').last().textContent();
  const type = async (text) => {
    await page.fill('#input', text);
    await page.press('#input', 'Enter');
    await settled();
  };
  const click = async (label) => {
    await page.locator('.choices').last().getByRole('button', { name: label, exact: true }).click();
    await settled();
  };

  await page.goto(url);
  await page.locator('.msg.bot').first().waitFor(); // the page sent /start on load
  await settled();
  check(await page.getAttribute('body', 'data-transport') === 'ws', 'the page did not talk over the WebSocket');

  await page.getByRole('button', { name: '한국어' }).click();
  await settled();
  check(await page.getAttribute('html', 'lang') === 'ko', 'the KO switch did not turn the page Korean');
  check(await page.getAttribute('button[data-lang="ko"]', 'aria-pressed') === 'true', 'KO is not shown as pressed');

  await type('안녕하세요');
  await click('네');
  await type('백엔드 개발자');
  await type('3년차');
  await type('자바, 스프링 부트');
  await click('2');
  await type('서울');
  await click('건너뛰기');
  await type('정규직');
  await type('한국어');
  await type('없음');
  const summary = await lastBot();
  check(summary.includes('정리한 프로필') && summary.includes('자바') && summary.includes('서울'),
    'no Korean summary with the answers: ' + summary);
  check(summary.includes('\n- '), 'the summary lost its line breaks');
  await page.screenshot({ path: shot.replace(/\.png$/, '-summary.png') });

  await click('네');
  const cards = page.locator('.card');
  await cards.first().waitFor({ timeout: 40_000 });
  const count = await cards.count();
  check(count > 0, 'no match cards');
  check((await cards.first().locator('.card-title').textContent()).trim().length > 0, 'a card without a title');
  check(/^\d{1,3}%$/.test(await cards.first().locator('.score-value').textContent()), 'a card without a score');
  check((await cards.first().locator('.provenance').count()) === 1, 'a card without its provenance line');
  // the end of the interview offers to be findable by businesses: those two buttons are the only live ones
  const live = await page.locator('.choices button:not([disabled])').allTextContents();
  check(live.join('|') === '공개하기|지금은 안 할래요', 'expected only the findable offer buttons, found: ' + live.join('|'));
  await click('공개하기');
  check((await lastBot()).includes('익명 프로필'), 'accepting the offer was not confirmed: ' + await lastBot());
  check(await page.locator('.choices button:not([disabled])').count() === 0, 'old buttons are still active');

  // the picture shows the bot's last words and the first cards
  await page.locator('.msg.bot').last().evaluate((m) => m.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shot });
  check(problems.length === 0, problems.join('\n'));

  // where WebSockets are blocked on the way, the page falls back to POST /api/messages
  const blocked = await context.newPage();
  await blocked.addInitScript(() => {
    window.WebSocket = class { constructor() { setTimeout(() => this.onclose && this.onclose(), 10); } };
  });
  await blocked.goto(url);
  await blocked.locator('.msg.bot').first().waitFor();
  check(await blocked.getAttribute('body', 'data-transport') === 'http', 'no fallback to plain requests');
  await blocked.fill('#input', '/profile');
  await blocked.press('#input', 'Enter');
  await blocked.waitForSelector('body[data-pending="0"]');
  check((await blocked.locator('.msg.bot').last().textContent()).includes('자바'), 'the fallback lost the seeker');
  console.log(`passed: ${count} match cards, screenshot ${shot}`);
} catch (e) {
  if (page) {
    await page.screenshot({ path: shot.replace(/\.png$/, '-failure.png') }).catch(() => {});
    const log = await page.locator('#log').innerText().catch(() => '(no log)');
    console.error('--- the chat as shown ---\n' + log);
  }
  console.error(problems.join('\n'));
  console.error('FAILED: ' + e.message);
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(process.exitCode ?? 0);
