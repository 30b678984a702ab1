// End-to-end test of buying with Sapar's demo carriers, in the real debug build driven
// over WebDriver: search Astana → Almaty, pick two lower berths in a Talgo coupe car,
// enter two passengers with their IINs, pay with the sandbox card, find the tickets in
// the wallet, save one as PDF, price and make a refund, and see the search screen in
// Kazakh. Run by scripts/e2e.sh after app.test.mjs, on the same seeded data folder (the
// demo carriers start inside the app on the first search).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Session, waitForDriver } from './webdriver.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with scripts/e2e.sh`);
  return value;
};

const DRIVER = env('SAPAR_E2E_DRIVER');
const APP = env('SAPAR_E2E_APP');
const SAVE_DIR = env('SAPAR_E2E_SAVE_DIR');
const SHOTS = env('SAPAR_E2E_SCREENSHOTS');
mkdirSync(SHOTS, { recursive: true });

/** Two travellers with valid IINs: a man born 1985-03-15 and a woman born 1988-11-07. */
const PEOPLE = [
  { surname: 'SEITKALI', given: 'ARMAN', iin: '850315300128', document: '045812345' },
  { surname: 'SEITKALIYEVA', given: 'DANA', iin: '881107400345', document: '045867890' },
];
/** Arman's IIN with a wrong last digit. */
const WRONG_IIN = '850315300129';

/** The travel date: ten days from today in Kazakhstan, `YYYY-MM-DD`. */
function travelDate() {
  const day = new Date(Date.now() + 5 * 3600_000 + 10 * 86_400_000);
  return day.toISOString().slice(0, 10);
}

const sel = (test, extra = '') => `[data-test="${test}"]${extra}`;

describe('buying a Talgo trip with the demo carriers', { timeout: 300_000 }, () => {
  /** @type {Session} */
  let app;
  let reference = '';
  let ticketNumbers = [];

  /** Saves a screenshot, from the top of the page or with `css` scrolled into view. */
  async function shot(name, css) {
    if (css) {
      await app.execute('document.querySelector(arguments[0]).scrollIntoView({ block: "center" });', [
        css,
      ]);
    } else {
      await app.execute('window.scrollTo(0, 0);');
    }
    await app.screenshot(join(SHOTS, `${name}.png`));
  }

  async function goTo(section) {
    await (await app.find(`button[data-section="${section}"]`)).click();
  }

  /** Types into a field, replacing what it held. */
  async function fill(css, text) {
    const field = await app.find(css);
    await field.clear();
    await field.type(text);
  }

  /** Sets a field whose native picker WebDriver cannot type into (dates, selects). */
  async function setValue(css, value) {
    await app.find(css);
    await app.execute(
      `const el = document.querySelector(arguments[0]);
       el.value = arguments[1];
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
      [css, value],
    );
  }

  async function pickPlace(field, text, code) {
    await fill(sel(field), text);
    await (await app.find(sel('place-option', `[data-code="${code}"]`))).click();
  }

  before(async () => {
    await waitForDriver(DRIVER);
    app = await Session.start(DRIVER, APP);
    await app.find('button[data-section="search"]', { timeoutMs: 30_000 });
  });

  after(async () => {
    await app?.end();
  });

  it('finds Talgo coupe offers from Astana to Almaty', async () => {
    await goTo('search');
    await pickPlace('search-from', 'Astana', 'RASTNZ');
    await pickPlace('search-to', 'Almaty', 'RALM2');
    await setValue(sel('search-date'), travelDate());
    await (await app.find(sel('adults-more'))).click();
    await (await app.find(sel('search-submit'))).click();
    const offer = await app.find(sel('offer', '[data-carrier="KTZ"][data-class="coupe"]'), {
      timeoutMs: 60_000,
      accept: async (el) => ['10', '4'].includes(await el.attribute('data-trip')),
    });
    const text = await offer.text();
    assert.match(text, /demo/i, 'a demo carrier offer says so');
    assert.match(text, /Talgo|10|4/);
    await shot('search-en');
  });

  it('picks two lower berths in a coupe car', async () => {
    const offer = await app.find(sel('offer', '[data-carrier="KTZ"][data-class="coupe"]'), {
      accept: async (el) => ['10', '4'].includes(await el.attribute('data-trip')),
    });
    await (await offer.findAll(sel('offer-choose')))[0].click();
    await app.find(sel('book-step', '[data-step="seats"]'), { timeoutMs: 30_000 });
    const lower = await app.waitFor(
      async () => {
        const seats = await app.findAll(sel('seat', '[data-berth="lower"]:not([disabled])'));
        return seats.length >= 2 ? seats : null;
      },
      { what: 'two free lower berths' },
    );
    await lower[0].click();
    await lower[1].click();
    const pressed = await app.findAll(sel('seat', '[aria-pressed="true"]'));
    assert.equal(pressed.length, 2, 'two berths chosen');
    for (const seat of pressed) assert.equal(await seat.attribute('data-berth'), 'lower');
    await shot('seats-en');
    await (await app.find(sel('seats-continue'))).click();
    await app.find(sel('book-step', '[data-step="passengers"]'));
  });

  it('checks the IIN as it is typed and takes two passengers', async () => {
    for (const [i, p] of PEOPLE.entries()) {
      const form = `${sel('passenger')}[data-index="${i}"]`;
      await fill(`${form} ${sel('surname')}`, p.surname);
      await fill(`${form} ${sel('given-names')}`, p.given);
      await setValue(`${form} ${sel('document-type')}`, 'kz_id_card');
      await fill(`${form} ${sel('document-number')}`, p.document);
      await fill(`${form} ${sel('iin')}`, i === 0 ? WRONG_IIN : p.iin);
    }
    const problem = await app.find(sel('field-error', '[data-field="passengers/0/iin"]'));
    assert.ok((await problem.text()).length > 0, 'the wrong IIN is explained');
    await shot('passengers-iin-error-en');
    await fill(`${sel('passenger')}[data-index="0"] ${sel('iin')}`, PEOPLE[0].iin);
    await app.waitFor(
      async () => (await app.findAll(sel('field-error'))).length === 0 || null,
      { what: 'no passenger problem left' },
    );
    const categories = await app.findAll(sel('category'));
    assert.equal(categories.length, 2);
    await fill(sel('contact-email'), 'arman@example.kz');
    await shot('passengers-en');
    await app.waitFor(
      async () => (await (await app.find(sel('passengers-continue'))).property('disabled')) === false || null,
      { what: 'Continue to be enabled' },
    );
    await (await app.find(sel('passengers-continue'))).click();
    await app.find(sel('book-step', '[data-step="payment"]'), { timeoutMs: 30_000 });
  });

  it('pays with the sandbox card while the hold counts down', async () => {
    const countdown = await app.find(sel('hold-countdown'));
    assert.match(await countdown.text(), /\d+:\d\d/);
    await fill(sel('card-number'), '4242 4242 4242 4242');
    await fill(sel('card-expiry'), '12/30');
    await fill(sel('card-cvc'), '123');
    await fill(sel('card-holder'), 'ARMAN SEITKALI');
    await shot('payment-en', sel('pay'));
    await (await app.find(sel('pay'))).click();
    await app.find(sel('book-step', '[data-step="tickets"]'), { timeoutMs: 60_000 });
    reference = (await (await app.find(sel('booking-reference'))).text()).trim();
    assert.match(reference, /^[A-Z0-9]{5,8}$/);
    const bought = await app.findAll(sel('bought-ticket'));
    assert.equal(bought.length, 2, 'one ticket per passenger');
    ticketNumbers = await Promise.all(bought.map((t) => t.attribute('data-ticket')));
    const text = await app.pageText();
    assert.ok(text.includes('SEITKALIYEVA'), 'the tickets name the passengers');
    await shot('bought-en');
  });

  it('has the tickets in the wallet at once, and saves one as PDF', async () => {
    await goTo('wallet');
    await fill('#wallet-search', reference);
    await app.findWithText('article.trip', 'SEITKALIYEVA DANA');
    await (await app.find(`button.open[data-ticket="${ticketNumbers[0]}"]`)).click();
    await app.find('[data-field="ticket-number"]');
    await (await app.find('button[data-action="save-pdf"]')).click();
    await app.findWithText('.result [role="status"]', 'Saved:');
    const path = join(SAVE_DIR, `ticket-${ticketNumbers[0]}.pdf`);
    assert.ok(existsSync(path), `${path} exists`);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path, '-']);
    assert.ok(stdout.includes(ticketNumbers[0]), 'the PDF names the ticket number');
    assert.ok(stdout.includes('SEITKALI'), 'the PDF names the passenger');
    assert.ok(stdout.includes(reference), 'the PDF names the booking');
  });

  it('shows the refund fee before confirming, then refunds', async () => {
    await (await app.find(sel('refund'))).click();
    const quote = await app.find(sel('refund-quote'), { timeoutMs: 30_000 });
    const fee = await (await app.find(sel('refund-fee'))).text();
    const amount = await (await app.find(sel('refund-amount'))).text();
    assert.match(fee, /\d/, 'the fee is shown');
    assert.match(amount, /\d/, 'the refund is shown');
    assert.match(await quote.text(), /₸/);
    await shot('refund-quote-en', sel('refund-quote'));
    await (await app.find(sel('refund-confirm'))).click();
    const result = await app.find(sel('refund-result'), { timeoutMs: 30_000 });
    assert.match(await result.text(), /₸/);
    await app.findWithText('body', 'Refunded');
    await shot('refund-done-en', sel('refund-result'));
  });

  it('speaks Kazakh on the search screen', async () => {
    await (await app.find('header.bar label:has(input[value="kk"])')).click();
    await app.waitFor(
      async () => (await app.execute('return document.documentElement.lang;')) === 'kk',
      { what: 'the page in Kazakh' },
    );
    await goTo('search');
    await app.findWithText('button[data-section="search"]', 'Сатып алу');
    assert.match(await app.pageText(), /[әғқңөұүһі]/i, 'Kazakh letters on the screen');
    await shot('search-kk');
    await (await app.find('header.bar label:has(input[value="ru"])')).click();
    await app.findWithText('button[data-section="search"]', 'Купить');
    await shot('search-ru');
    await (await app.find('header.bar label:has(input[value="en"])')).click();
  });
});
