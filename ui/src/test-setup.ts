// Vitest: every test starts in English with a clean DOM and no IPC mocks left over.
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { locale } from './i18n/locale.svelte';

beforeEach(() => {
  locale.set('en');
});

afterEach(() => {
  cleanup();
  clearMocks();
});
