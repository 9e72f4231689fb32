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

// Breaking changes after merge (README, "Breaking changes: before merge and
// after"), as a portal shows them: a product's repository is registered, a
// column is removed from its port's contract without a new major version,
// and the product fails no-unversioned-breaking-change, the governance page
// lists the change with its reader, and the reader's owner is notified;
// bumping the port's major version then passes. Also the Ports card's
// versions on the example mesh. The repository is a folder in the published
// folder the New data product template writes to (.meshwork/published/),
// which the example backend reads as the catalog's file locations.

import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {
  BACKEND,
  PEOPLE,
  REPO_ROOT,
  screenshot,
  signIn,
  tokenOf,
  type Scorecard,
} from './portal';

const PLATFORM = 'user:default/daniel.novak';
const READER_OWNER = 'user:default/fatima.benali';
const PRODUCT = 'e2e-payments';
const FOLDER = path.join(REPO_ROOT, '.meshwork', 'published', PRODUCT);
const FILE = path.join(FOLDER, 'catalog-info.yaml');

const columns = ['payment_id', 'customer_id', 'amount'];

/** The repository's catalog-info.yaml: the product, its contract and a reader. */
function repository(options: { columns: string[]; portVersion: string }) {
  const properties = options.columns
    .map(name => `          - { name: ${name}, logicalType: string }`)
    .join('\n');
  return `apiVersion: meshwork.dev/v1alpha1
kind: DataProduct
metadata:
  name: ${PRODUCT}
  title: Payments (e2e)
  description: Settled card payments, one row per payment.
spec:
  owner: group:sales-data
  domain: sales
  status: active
  version: 1.0.0
  outputPorts:
    - name: ledger
      version: ${options.portVersion}
      type: table
      contract: api:${PRODUCT}-ledger
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: ${PRODUCT}-ledger
  title: Payments ledger contract (e2e)
spec:
  type: odcs
  lifecycle: production
  owner: group:sales-data
  definition: |
    apiVersion: v3.1.0
    kind: DataContract
    id: ${PRODUCT}-ledger
    version: ${options.portVersion}
    status: active
    schema:
      - name: payments
        properties:
${properties}
---
apiVersion: meshwork.dev/v1alpha1
kind: DataProduct
metadata:
  name: ${PRODUCT}-reader
  title: Payment analytics (e2e)
spec:
  owner: group:marketing-analytics
  domain: marketing
  status: active
  inputPorts:
    - name: payments
      dataProduct: dataproduct:${PRODUCT}
      port: ledger
      version: 1.0.0
`;
}

async function call(
  request: APIRequestContext,
  user: string,
  url: string,
  init: { method?: string; data?: unknown } = {},
) {
  const res = await request.fetch(`${BACKEND}${url}`, {
    method: init.method ?? 'GET',
    data: init.data,
    headers: { Authorization: `Bearer ${await tokenOf(request, user)}` },
  });
  const text = await res.text();
  return {
    status: res.status(),
    body: res.ok() && text ? JSON.parse(text) : undefined,
  };
}

type RuleRead = Scorecard['results'][number] & { message?: string };

/** A rule on the product, as its owner's team reads it. */
async function ruleOf(
  request: APIRequestContext,
  ruleId = 'no-unversioned-breaking-change',
): Promise<RuleRead | undefined> {
  const { body } = await call(
    request,
    'user:default/guest',
    `/api/data-products/scorecards/dataproduct/default/${PRODUCT}`,
  );
  return (body as Scorecard | undefined)?.results.find(
    r => r.ruleId === ruleId,
  );
}

/**
 * Waits for the breaking-change rule to read `state`, as the owner would
 * refresh the page: the catalog processes the file, then the backend sees
 * the change.
 */
async function ruleBecomes(request: APIRequestContext, state: string) {
  await expect
    .poll(async () => (await ruleOf(request))?.state, {
      timeout: 240_000,
      intervals: [3_000],
    })
    .toBe(state);
}

/**
 * Waits until the backend has seen the product with its contract: the
 * contract rule passes (the API entity is in the catalog) and no break is
 * reported, so the version it keeps to compare with holds the columns.
 */
async function contractSeen(request: APIRequestContext) {
  await expect
    .poll(
      async () =>
        `${(await ruleOf(request, 'ports-have-contracts'))?.state} ${
          (
            await ruleOf(request)
          )?.state
        }`,
      { timeout: 240_000, intervals: [3_000] },
    )
    .toMatch(/^pass (not-applicable|pass)$/);
}

/** Writes the repository and has the catalog read it again now. */
async function commit(request: APIRequestContext, content: string) {
  fs.writeFileSync(FILE, content);
  const refreshed = await call(request, PLATFORM, '/api/catalog/refresh', {
    method: 'POST',
    data: { entityRef: `dataproduct:default/${PRODUCT}` },
  });
  expect(refreshed.status).toBe(200);
}

test.describe('breaking changes', () => {
  test.afterAll(() => {
    // The published folder's reader drops what is no longer there.
    fs.rmSync(FOLDER, { recursive: true, force: true });
  });

  test('a removed column fails the product until the port gets a new major version @governance', async ({
    page,
    request,
  }) => {
    test.setTimeout(600_000);
    // A portal that ran this before holds its notices, not this run's.
    const startedAt = Date.now();
    fs.mkdirSync(FOLDER, { recursive: true });
    fs.writeFileSync(FILE, repository({ columns, portVersion: '1.0.0' }));
    // First seen: the catalog's version becomes the one to compare with.
    await contractSeen(request);

    // A column removed without a new major version.
    await commit(
      request,
      repository({
        columns: columns.filter(c => c !== 'customer_id'),
        portVersion: '1.0.0',
      }),
    );
    await ruleBecomes(request, 'fail');
    expect((await ruleOf(request))?.message).toContain(
      'column payments.customer_id was removed',
    );

    // The reader's owner hears of it, once.
    const notices = async () => {
      const { body } = await call(
        request,
        READER_OWNER,
        '/api/notifications/notifications?limit=100',
      );
      // One notice per product's port: a later break updates it, unread again.
      return (body?.notifications ?? []).filter(
        (n: {
          created: string;
          updated?: number | string | null;
          payload: { topic?: string; title: string };
        }) =>
          Math.max(Date.parse(n.created), new Date(n.updated ?? 0).getTime()) >=
            startedAt &&
          n.payload.topic === 'data-product-port-breaking' &&
          n.payload.title.includes('Payments (e2e)'),
      ).length;
    };
    await expect.poll(notices, { timeout: 60_000 }).toBe(1);

    // The governance page lists it, with the reader, as not allowed.
    await signIn(page, PEOPLE.governance);
    await page.goto('/data-products/governance');
    const section = page.getByRole('region', {
      name: /recent breaking changes/i,
    });
    await expect(
      // newest first; a portal that ran this before lists its runs below
      section.getByText('column payments.customer_id was removed').first(),
    ).toBeVisible();
    await expect(
      section.getByRole('link', { name: 'Payment analytics (e2e)' }).first(),
    ).toBeVisible();
    await screenshot(page, 'governance-breaking-changes');

    // A new major version of the port allows it: the product passes again.
    await commit(
      request,
      repository({
        columns: columns.filter(c => c !== 'customer_id'),
        portVersion: '2.0.0',
      }),
    );
    await ruleBecomes(request, 'pass');
  });

  test('the Ports card shows both versions of a port and who still reads the old one @consumer', async ({
    page,
  }) => {
    await signIn(page, PEOPLE.consumer);
    await page.goto('/catalog/default/dataproduct/orders-raw');
    const ports = page.getByRole('region', { name: /ports/i }).first();
    await expect(ports.getByText('orders-cdc v2.0.0').first()).toBeVisible();
    await expect(ports.getByText(/deprecated/i).first()).toBeVisible();
    await expect(
      ports.getByRole('link', { name: /shipment/i }).first(),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'ports-card-versions');
  });
});
