/*
 * Copyright 2026 The Meshwork Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// What every end-to-end test of the portal shares: where the backend and the
// screenshots are, signing in, and reading the backend (as the guest) to know
// what a page should show.

import fs from 'node:fs';
import path from 'node:path';
import {
  expect,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from '@playwright/test';

export const BACKEND =
  process.env.MESHWORK_BACKEND_URL ?? 'http://localhost:7007';

/** The repository's root, where scripts/e2e.js and the app-config live. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export const SCREENSHOTS = path.join(
  REPO_ROOT,
  'e2e-test-results',
  'screenshots',
);

export const LEVEL_LABELS: Record<string, string> = {
  none: 'No level',
  bronze: 'Bronze',
  silver: 'Silver',
  gold: 'Gold',
};

export interface RuleResult {
  ruleId: string;
  title: string;
  level: 'bronze' | 'silver' | 'gold';
  state: string;
}

export interface Scorecard {
  level: string;
  score: number;
  results: RuleResult[];
}

/**
 * The example mesh's people the development sign-in offers (app-config.yaml,
 * auth.providers.example-users), one for each kind of user.
 */
export const PEOPLE = {
  /** user:default/guest, a domain owner in sales-data */
  owner: 'Guest User',
  /** user:default/elena.petrova, of the governance group */
  governance: 'Elena Petrova',
  /** user:default/fatima.benali, who reads sales data for marketing */
  consumer: 'Fatima Benali',
} as const;

/** Signs in on the portal's sign-in page as one of the example mesh's people. */
export async function signIn(
  page: Page,
  person: (typeof PEOPLE)[keyof typeof PEOPLE] = PEOPLE.owner,
) {
  await page.goto('/');
  const signInAs = page.getByRole('button', { name: `Sign in as ${person}` });
  await expect(signInAs).toBeVisible();
  await signInAs.click();
  await expect(
    page.getByRole('link', { name: 'Data products', exact: true }),
  ).toBeVisible();
}

/** The whole page, for the report and the README. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
  });
}

/** A token of the guest the backend signs in, as the browser gets it. */
async function guestToken(request: APIRequestContext): Promise<string> {
  const refresh = await request.get(`${BACKEND}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(refresh.ok()).toBe(true);
  return (await refresh.json()).backstageIdentity.token;
}

/**
 * A request to the backend as the signed-in guest, answered as it is: for
 * what may not be there yet (a product being registered, a first scorecard).
 */
export async function backendFetch(
  request: APIRequestContext,
  url: string,
  method: 'GET' | 'DELETE' = 'GET',
): Promise<APIResponse> {
  const token = await guestToken(request);
  return request.fetch(`${BACKEND}${url}`, {
    method,
    headers: { Authorization: `Bearer ${token}` },
  });
}

/** What the backend says, read as the signed-in guest reads it. */
export async function backendGet<T>(request: APIRequestContext, url: string) {
  const res = await backendFetch(request, url);
  expect(res.ok(), `GET ${url}`).toBe(true);
  return (await res.json()) as T;
}

/** The scorecard the backend computed for a product, e.g. `dataproduct:default/orders-daily`. */
export function scorecardOf(request: APIRequestContext, entityRef: string) {
  const [kind, rest] = entityRef.split(':');
  return backendGet<Scorecard>(
    request,
    `/api/data-products/scorecards/${kind}/${rest}`,
  );
}

/**
 * A token of one of the example mesh's people, as the browser gets it when
 * they sign in on the development sign-in page.
 */
export async function tokenOf(
  request: APIRequestContext,
  entityRef: string,
): Promise<string> {
  const refresh = await request.get(
    `${BACKEND}/api/auth/example-users/refresh`,
    {
      headers: {
        'X-Requested-With': 'XMLHttpRequest',
        'x-meshwork-example-user': entityRef,
      },
    },
  );
  expect(refresh.ok(), `signing in as ${entityRef}`).toBe(true);
  return (await refresh.json()).backstageIdentity.token;
}
