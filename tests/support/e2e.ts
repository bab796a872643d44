import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';

/** The server on the pristine seeded database (readers' tests). */
export const baseUrl = () => process.env.BC_TEST_BASE_URL ?? inject('baseUrl');
/** The server whose database the editors' tests change. */
export const editBaseUrl = () => process.env.BC_TEST_EDIT_BASE_URL ?? inject('editBaseUrl');

/** A fresh page that records console errors and failed same-site requests. */
export async function openPage(browser: Browser, options: { javaScriptEnabled?: boolean; baseURL?: string } = {}) {
  const context = await browser.newContext({ baseURL: options.baseURL ?? baseUrl(), javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems, close: () => context.close() };
}

export { launchBrowser };
export type { Page };
