// Vitest: every test starts in English on the wallet screen, with a clean DOM and no
// IPC mocks or notes left over.
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { locale } from './i18n/locale.svelte';
import { nav, walletView } from './lib/nav.svelte';
import { notice } from './lib/notice.svelte';
import { placeNames } from './lib/places.svelte';

beforeEach(() => {
  locale.set('en');
  walletView.reset();
  nav.go({ name: 'wallet' });
  notice.clear();
  placeNames.reset();
});

afterEach(() => {
  cleanup();
  clearMocks();
});
