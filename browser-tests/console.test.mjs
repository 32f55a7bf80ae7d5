// The assignment's scenario played through the web console in a real Chromium, against a running shop:
//   SHOP_URL=http://127.0.0.1:8080/ node console.test.mjs
// Exits non-zero at the first check that fails. Screenshots go to target/screenshots/ (SCREENSHOTS to change).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shopUrl = process.env.SHOP_URL || 'http://127.0.0.1:8080/';
const shots = process.env.SCREENSHOTS || 'target/screenshots';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT_MS = Number(process.env.WAIT_MS || 30000);

// Chromium as root on a machine without a network: no sandbox, and none of the calls home at start-up, which
// would be refused over and over.
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

let passed = 0;
function ok(what) {
  passed += 1;
  console.log(`  \u2713 ${what}`);
}

/** Waits, polling in the page, until the function is true of the page; says what it waited for if it never is. */
async function until(page, what, predicate, arg) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: WAIT_MS, polling: 100 });
  } catch (error) {
    throw new Error(`waited ${WAIT_MS} ms for: ${what}\n${error.message.split('\n')[0]}`);
  }
  ok(what);
}

/** For the checks, which run in the page: the trimmed text of the first element that matches. */
function defineTextOf() {
  window.textOf = (selector) => document.querySelector(selector)?.textContent.trim() ?? '';
}

async function shot(page, name, options = {}) {
  await page.screenshot({ path: join(shots, `${name}.png`), animations: 'disabled', ...options });
  console.log(`  \u2022 ${join(shots, `${name}.png`)}`);
}

/** Places an order through the form and answers its id, taken from the shop's answer to the page. */
async function placeOrder(page, price) {
  const answer = page.waitForResponse((response) => response.request().method() === 'POST'
    && new URL(response.url()).pathname.endsWith('/orders'));
  await page.getByLabel('Price').fill(price);
  await page.getByRole('button', { name: 'Place order' }).click();
  const order = await (await answer).json();
  return order.id;
}

async function journeyEnds(page, orderId, outcome) {
  await until(page, `the journey of order ${orderId.slice(0, 8)} reaches its email`, ([id]) =>
    document.querySelector('#journey-order')?.title === id
      && document.querySelector('#journey-steps li[data-step="EMAIL_SENT"]') !== null, [orderId]);
  const steps = await page.$$eval('#journey-steps li', (items) => items.map((item) => item.dataset.step));
  if (!steps.includes(outcome) || steps[0] !== 'PLACED' || steps.at(-1) !== 'EMAIL_SENT') {
    throw new Error(`the journey of ${orderId} should go from PLACED through ${outcome} to EMAIL_SENT: ${steps}`);
  }
  ok(`its steps: ${steps.join(' \u2192 ')}`);
  return steps;
}

async function scenario(page) {
  const name = `ada${Date.now().toString(36)}`;
  console.log(`The console at ${shopUrl}, customer ${name}`);
  await page.goto(shopUrl);
  await page.getByRole('heading', { name: 'Customer' }).waitFor();
  ok('the console is served by the shop');

  console.log('Bad input is shown beside the field at fault');
  await page.getByLabel('Username').fill(name);
  await page.getByLabel('Email').fill('not an email');
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByRole('button', { name: 'Register' }).click();
  await until(page, 'the email field has the message of the 400', () =>
    document.querySelector('#register-email-error').textContent.includes('email')
      && document.querySelector('#register-email').getAttribute('aria-invalid') === 'true'
      && document.activeElement === document.querySelector('#register-email'));
  await shot(page, 'bad-input', { clip: await page.locator('#customer').boundingBox() });

  console.log('Register, and the account opens');
  await page.getByLabel('Email').fill(`${name}@example.org`);
  await page.getByRole('button', { name: 'Register' }).click();
  await until(page, 'the customer is chosen', () => textOf('#who').includes('Ada Lovelace'));
  await until(page, 'the account is open with 0.00', () => textOf('#balance') === '0.00');
  await until(page, 'the email field is fine again', () => textOf('#register-email-error') === '');

  console.log('Deposit');
  await page.getByLabel('Amount').fill('1.001');
  await page.getByRole('button', { name: 'Deposit' }).click();
  await until(page, 'a deposit of 1.001 is refused beside the amount', () =>
    textOf('#deposit-amount-error').includes('two decimal places'));
  await page.getByLabel('Amount').fill('100');
  await page.getByRole('button', { name: 'Deposit' }).click();
  await until(page, 'the balance is 100.00', () => textOf('#balance') === '100.00');
  await until(page, 'the ledger shows the deposit', () => textOf('#ledger tbody').includes('Deposit'));

  console.log('An order that fits');
  const paid = await placeOrder(page, '60');
  await journeyEnds(page, paid, 'APPROVED');
  await until(page, 'the balance dropped to 40.00', () => textOf('#balance') === '40.00');
  await until(page, 'the happy email is in the inbox', () =>
    document.querySelector('#emails article[data-kind="ORDER_APPROVED"]') !== null);
  await until(page, 'the ledger shows the payment', () => textOf('#ledger tbody').includes('Order payment'));
  await shot(page, 'happy-path', { fullPage: true });

  console.log('An order that does not fit');
  const unpaid = await placeOrder(page, '60');
  await journeyEnds(page, unpaid, 'REJECTED');
  await until(page, 'the journey says why', () =>
    document.querySelector('#journey-steps li[data-step="REJECTED"] .step-reason')?.textContent
      === 'INSUFFICIENT_FUNDS');
  await until(page, 'the sad email is in the inbox', () =>
    document.querySelector('#emails article[data-kind="ORDER_REJECTED"]') !== null
      && document.querySelectorAll('#emails article').length === 2);
  await until(page, 'the orders are listed with their status', () =>
    document.querySelectorAll('#order-list tbody tr').length === 2
      && textOf('#order-list tbody').includes('Approved') && textOf('#order-list tbody').includes('Rejected'));
  const balance = await page.textContent('#balance');
  if (balance !== '40.00') throw new Error(`the balance should have stayed 40.00, it is ${balance}`);
  ok('the balance stayed 40.00');
  await shot(page, 'console', { fullPage: true });

  console.log('Back later: the page remembers the customer, and the keyboard reaches everything');
  await page.reload();
  await until(page, 'the customer is shown again, with the balance', () =>
    textOf('#who').includes('Ada Lovelace') && textOf('#balance') === '40.00');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.textContent.trim());
  if (first !== 'Skip to the console') throw new Error(`the first Tab should reach the skip link, not "${first}"`);
  ok('the first Tab reaches the skip link');

  console.log('On a phone');
  await page.setViewportSize({ width: 390, height: 844 });
  await until(page, 'nothing is wider than the screen', () =>
    document.documentElement.scrollWidth <= window.innerWidth);
  await until(page, 'every table fits without scrolling sideways', () =>
    [...document.querySelectorAll('.table-wrap')].every((wrap) => wrap.scrollWidth <= wrap.clientWidth));
  await shot(page, 'phone', { fullPage: true });
}

mkdirSync(shots, { recursive: true });
rmSync(join(shots, 'failure.png'), { force: true });
const profile = mkdtempSync(join(tmpdir(), 'shop-console-chromium-'));
let context;
let exitCode = 0;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath, args, headless: true, viewport: { width: 1280, height: 900 }, locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.addInitScript(defineTextOf);
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (error) => { console.log(`  ! the page threw: ${error.message}`); exitCode = 1; });
  try {
    await scenario(page);
  } catch (error) {
    await shot(page, 'failure', { fullPage: true }).catch(() => {});
    throw error;
  }
  if (exitCode === 0) console.log(`All ${passed} checks passed.`);
} catch (error) {
  console.error(`\u2717 ${error.message}`);
  exitCode = 1;
} finally {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(exitCode);
