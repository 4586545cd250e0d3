import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto('http://127.0.0.1:7070/');
await p.waitForSelector('body[data-pending="0"] .msg.bot');
for (const t of ['yes', 'backend developer', '3 years', 'Java, Spring Boot, SQL']) {
  await p.fill('#input', t); await p.press('#input', 'Enter'); await p.waitForSelector('body[data-pending="0"]');
}
await p.screenshot({ path: '/tmp/en-mobile.png' });
await p.locator('.choices').last().getByRole('button', { name: '2' }).click(); await p.waitForSelector('body[data-pending="0"]');
for (const t of ['Seoul', 'skip', 'full-time', 'Korean, English', 'none', 'yes']) {
  await p.fill('#input', t); await p.press('#input', 'Enter'); await p.waitForSelector('body[data-pending="0"]', {timeout: 60000});
}
await p.locator('.card').first().evaluate(m => m.scrollIntoView({block:'start'}));
await p.screenshot({ path: '/tmp/en-cards.png' });
console.log(await p.locator('.card').count());
await b.close();
