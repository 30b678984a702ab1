// End-to-end tests of Sapar's desktop app: the real debug build, driven over WebDriver
// (tauri-driver + WebKitWebDriver) under a virtual display, on a wallet seeded by the
// `seed_wallet` example. Run by scripts/e2e.sh, which builds everything, seeds the
// wallet, starts the driver and sets the environment read below.
//
// Along the way it writes a screenshot of each main screen in Kazakh, Russian and
// English to $SAPAR_E2E_SCREENSHOTS.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
const SEED = JSON.parse(readFileSync(env('SAPAR_E2E_SEED'), 'utf8'));
const SAVE_DIR = env('SAPAR_E2E_SAVE_DIR');
const SHOTS = env('SAPAR_E2E_SCREENSHOTS');
mkdirSync(SHOTS, { recursive: true });

const family = SEED.family;
const [firstTicket] = family.tickets;

/** The language switcher in the window's top bar. */
const langSwitch = (lang) => `header.bar label:has(input[value="${lang}"])`;

describe('Sapar desktop app', { timeout: 180_000 }, () => {
  /** @type {Session} */
  let app;

  async function shot(name) {
    await app.execute('window.scrollTo(0, 0);');
    await app.screenshot(join(SHOTS, `${name}.png`));
  }

  async function speak(lang) {
    await (await app.find(langSwitch(lang))).click();
    await app.waitFor(
      async () => (await app.execute('return document.documentElement.lang;')) === lang,
      { what: `the page in ${lang}` },
    );
  }

  async function goTo(section) {
    await (await app.find(`button[data-section="${section}"]`)).click();
  }

  before(async () => {
    await waitForDriver(DRIVER);
    app = await Session.start(DRIVER, APP);
    await app.find('button.open', { timeoutMs: 30_000 });
  });

  after(async () => {
    await app?.end();
  });

  it('lists the wallet, the family on one trip card', async () => {
    const lines = await app.findAll('button.open');
    assert.ok(lines.length >= 10, `${lines.length} tickets shown`);
    const card = await app.findWithText('article.trip', 'ZHUMABAYEVA AIGERIM');
    const text = await card.text();
    assert.match(text, /ZHUMABAYEV ALIKHAN/);
    assert.match(text, /2 passengers/);
    assert.match(text, /21:40/);
    assert.match(text, /UTC\+05:00/);
    assert.match(await app.pageText(), /\d+ tickets/);
    await shot('wallet-en');
  });

  it('search narrows the list to the matching tickets', async () => {
    const all = (await app.findAll('button.open')).length;
    await (await app.find('#wallet-search')).type('ALIKHAN');
    await app.findWithText('.search .count', 'found');
    const passengers = await app.waitFor(
      async () => {
        const found = await app.findAll('button.open .passenger');
        const names = await Promise.all(found.map((p) => p.text()));
        return names.length > 0 && names.every((n) => n.includes('ALIKHAN')) ? names : null;
      },
      { what: 'only ALIKHAN in the results' },
    );
    assert.ok(passengers.length < all, `${passengers.length} found of ${all}`);
    await shot('wallet-search-en');
    await (await app.findWithText('.search button', 'Clear')).click();
    await app.waitFor(async () => (await app.findAll('button.open')).length === all, {
      what: 'the whole list back',
    });
  });

  it('opens a ticket with all its fields and its QR code', async () => {
    await (await app.find(`button.open[data-ticket="${firstTicket}"]`)).click();
    await app.findWithText('h1', 'Almaty-2');
    const number = await app.find('[data-field="ticket-number"]');
    assert.equal(await number.text(), firstTicket);
    const qr = await app.find('button.qr img');
    assert.match(await qr.attribute('src'), /^data:image\/svg\+xml/);
    const text = await app.pageText();
    for (const expected of [
      'ZHUMABAYEVA AIGERIM',
      'KTZ Passenger Transportation',
      'Carrier support',
      '1433',
      'Reserved seat',
      'Total',
      family.reference,
      '21:40',
    ]) {
      assert.ok(text.includes(expected), `the ticket screen shows ${expected}`);
    }
    await shot('ticket-en');
  });

  it('fills the screen with the QR code for the gate, and closes it', async () => {
    await (await app.find('button.qr')).click();
    const dialog = await app.find('[role="dialog"]');
    assert.match(await dialog.text(), /Show this code/);
    await shot('qr-fullscreen-en');
    await (await app.find('[role="dialog"] button.close')).click();
    await app.waitFor(async () => (await app.findAll('[role="dialog"]')).length === 0, {
      what: 'the code to close',
    });
  });

  it('saves the PDF, and the PDF is the ticket', async () => {
    await (await app.find('button[data-action="save-pdf"]')).click();
    const saved = await app.findWithText('.result [role="status"]', 'Saved:');
    const path = join(SAVE_DIR, `ticket-${firstTicket}.pdf`);
    assert.ok((await saved.text()).includes(path), await saved.text());
    assert.ok(existsSync(path), `${path} exists`);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path, '-']);
    assert.ok(stdout.includes(firstTicket), 'the PDF names the ticket number');
    assert.ok(stdout.includes('ZHUMABAYEVA AIGERIM'), 'the PDF names the passenger');
  });

  it('speaks Kazakh and Russian on the ticket screen', async () => {
    await speak('kk');
    await app.findWithText('h1', 'Алматы');
    await app.findWithText('button[data-action="save-pdf"]', 'PDF сақтау');
    assert.match(await app.pageText(), /Тасымалдаушының қолдау қызметі/);
    await shot('ticket-kk');
    await speak('ru');
    await app.findWithText('button[data-action="save-pdf"]', 'Сохранить PDF');
    await shot('ticket-ru');
  });

  it('verifies the family ticket code offline, in every language', async () => {
    await goTo('verify');
    await (await app.find('#verify-code')).type(family.code);
    await (await app.find('form button[type="submit"]')).click();
    const verdict = await app.find('article[data-verdict="valid"]');
    assert.match(await verdict.text(), /Билет действителен/);
    assert.match(await verdict.text(), /ZHUMABAYEVA AIGERIM/);
    await shot('verify-ru');
    await speak('kk');
    await app.findWithText('article[data-verdict="valid"]', 'Билет жарамды');
    await shot('verify-kk');
    await speak('en');
    await app.findWithText('article[data-verdict="valid"]', 'Valid ticket');
    await shot('verify-en');
  });

  it('reads the code from a picture of the QR and verifies it', async () => {
    await (await app.findWithText('form button', 'Open a picture')).click();
    await app.findWithText('.results', 'One code in the picture');
    const verdict = await app.find('article[data-verdict="valid"]');
    assert.match(await verdict.text(), new RegExp(firstTicket));
  });

  it('calls a tampered code forged', async () => {
    const code = await app.find('#verify-code');
    await code.clear();
    // Another character inside the signature: the code still reads, its signature fails.
    const tampered =
      family.code.slice(0, -3) + (family.code.at(-3) === 'A' ? 'B' : 'A') + family.code.slice(-2);
    await code.type(tampered);
    await (await app.find('form button[type="submit"]')).click();
    const verdict = await app.find('article.verdict', {
      accept: async (v) => (await v.attribute('data-verdict')) !== 'valid',
    });
    assert.match(await verdict.attribute('data-verdict'), /forged|malformed/);
  });

  it('shows the settings with the data folder, in every language', async () => {
    await goTo('settings');
    await app.findWithText('.folder', SEED.data_dir);
    await shot('settings-en');
    await speak('ru');
    await app.findWithText('h1', 'Настройки');
    await shot('settings-ru');
    await speak('kk');
    await app.findWithText('h1', 'Баптаулар');
    await shot('settings-kk');
  });

  it('moves a booking to the bin and brings it back with Undo', async () => {
    await goTo('wallet');
    await speak('en');
    const lines = await app.findAll('button.open');
    const last = lines.at(-1);
    const number = await last.attribute('data-ticket');
    const remove = await app.find(`li.line:has(button[data-ticket="${number}"]) button.remove`);
    await remove.click();
    await app.findWithText('[role="status"]', 'moved to the bin');
    await app.waitFor(
      async () => (await app.findAll(`button[data-ticket="${number}"]`)).length === 0,
      { what: `ticket ${number} to leave the list` },
    );
    await (await app.findWithText('.note button', 'Undo')).click();
    await app.findWithText('[role="status"]', 'back in the wallet');
    await app.find(`button[data-ticket="${number}"]`);
    await (await app.find('.note button.close')).click();
  });

  it('shows the wallet in Kazakh and Russian', async () => {
    await speak('kk');
    await app.findWithText('h1', 'Менің билеттерім');
    await app.findWithText('article.trip', 'Нұрлы жол → Алматы-2');
    await shot('wallet-kk');
    await speak('ru');
    await app.findWithText('h1', 'Мои билеты');
    await shot('wallet-ru');
    await speak('en');
  });
});
