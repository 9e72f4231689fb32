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

// Meshwork in the data mesh ecosystem (README), as its users use it: a domain
// owner creates a product from the "New data product" template and sees it
// scored; a consumer finds a product through search and reads its ODCS
// contract; anyone takes a product away as an ODPS document. The owner is
// user:default/guest (sales-data), the consumer user:default/fatima.benali
// (marketing-analytics); both run with the other @owner steps of
// scripts/e2e.js.

import fs from 'node:fs';
import path from 'node:path';
import {
  expect,
  test,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import {
  LEVEL_LABELS,
  REPO_ROOT,
  backendFetch,
  backendGet,
  scorecardOf,
  screenshot,
  PEOPLE,
  signIn,
} from './portal';

/** What the owner types into the template; the name is new on every run. */
const NEW_PRODUCT = {
  name: `e2e-returns-${Date.now().toString(36)}`,
  title: 'Returns (end-to-end test)',
  description:
    'Every order line a customer sent back, with the reason and the refunded amount, one row per returned line.',
  purpose:
    'Let sales and logistics see return rates per product without querying the warehouse system.',
  type: { label: 'Aggregate (combines other products)', value: 'aggregate' },
  domain: { title: 'Sales', ref: 'domain:default/sales' },
  owner: { title: 'Sales Data', ref: 'group:default/sales-data' },
  supportChannel: '#sales-returns-data',
  supportUrl: 'https://example.slack.com/archives/C0RETURNS',
  classification: 'confidential',
  port: {
    name: 'returns-table',
    description: 'One row per returned order line.',
    platform: 'snowflake',
    location: 'SALES.RETURNS',
  },
};

/** The example mesh's product a consumer looks for. */
const ORDERS_DAILY = {
  name: 'orders-daily',
  title: 'Orders (daily)',
  url: '/catalog/default/dataproduct/orders-daily',
};

/** Where the template publishes (meshwork.localPublish.directory's default). */
function publishedFolder() {
  return path.join(REPO_ROOT, '.meshwork', 'published', NEW_PRODUCT.name);
}

interface CatalogEntity {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: {
    definition?: string;
    outputPorts?: Array<{ name: string; contract?: string }>;
  };
}

interface OdcsColumn {
  name: string;
  classification?: string;
}

interface SearchAnswer {
  results: Array<{
    type: string;
    document: { title: string; location: string; level?: string };
  }>;
}

/** A catalog entity by its full ref, e.g. `api:default/orders-daily`. */
function entityOf(request: APIRequestContext, ref: string) {
  const [kind, namespace, name] = ref.split(/[:/]/);
  return backendGet<CatalogEntity>(
    request,
    `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
  );
}

/** A field of the template's form, by its label. */
function field(page: Page, label: string) {
  return page.getByRole('textbox', { name: label, exact: true });
}

/**
 * Picks an entity from a catalog picker (domain, owner) as a user does: type
 * its title, then choose it; the field then holds its entity ref.
 */
async function pickEntity(
  page: Page,
  label: string,
  entity: { title: string; ref: string },
) {
  await field(page, label).fill(entity.title);
  await page.getByRole('option', { name: entity.title, exact: true }).click();
  await expect(field(page, label)).toHaveValue(entity.ref);
}

/** Chooses one of a select's options; the select is named by its label and value. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('button', { name: new RegExp(`^${label}\\b`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(
    page.getByRole('button', { name: new RegExp(`^${label}\\b`) }),
  ).toContainText(option);
}

test.describe('in the data mesh ecosystem', () => {
  test.afterAll(async ({ request }) => {
    // Unregister the product before its file goes, so the catalog does not
    // keep a location it can no longer read; then leave the repo as it was.
    const located = await backendFetch(
      request,
      `/api/catalog/locations/by-entity/dataproduct/default/${NEW_PRODUCT.name}`,
    );
    if (located.ok()) {
      const { id } = await located.json();
      await backendFetch(request, `/api/catalog/locations/${id}`, 'DELETE');
    }
    fs.rmSync(publishedFolder(), { recursive: true, force: true });
  });

  test('create a data product from the template @owner', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const { name, port } = NEW_PRODUCT;
    await signIn(page);
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Create', exact: true })
      .click();
    await page
      .getByText('New data product', { exact: true })
      .locator('xpath=ancestor::*[.//button[normalize-space()="Choose"]][1]')
      .getByRole('button', { name: 'Choose' })
      .click();
    await expect(page).toHaveURL(
      /\/create\/templates\/default\/new-data-product/,
    );

    // About the data product
    await field(page, 'Name').fill(name);
    await field(page, 'Title').fill(NEW_PRODUCT.title);
    await field(page, 'Description').fill(NEW_PRODUCT.description);
    await field(page, 'Purpose').fill(NEW_PRODUCT.purpose);
    await choose(page, 'Type', NEW_PRODUCT.type.label);
    await page.getByRole('button', { name: 'Next' }).click();

    // Ownership and support: domain and owner come from the catalog.
    await pickEntity(page, 'Domain', NEW_PRODUCT.domain);
    await pickEntity(page, 'Owner', NEW_PRODUCT.owner);
    await field(page, 'Support channel').fill(NEW_PRODUCT.supportChannel);
    await field(page, 'Support channel URL').fill(NEW_PRODUCT.supportUrl);
    await choose(page, 'Classification', NEW_PRODUCT.classification);
    await page.getByRole('button', { name: 'Next' }).click();

    // First output port
    await field(page, 'Port name').fill(port.name);
    await field(page, 'Port description').fill(port.description);
    await field(page, 'Platform').fill(port.platform);
    await field(page, 'Location').fill(port.location);
    await page.getByRole('button', { name: 'Review' }).click();

    // The review lists what the template will write.
    for (const value of [
      name,
      NEW_PRODUCT.description,
      NEW_PRODUCT.domain.ref,
      NEW_PRODUCT.owner.ref,
      NEW_PRODUCT.supportUrl,
      port.location,
    ]) {
      await expect(page.getByText(value, { exact: true })).toBeVisible();
    }
    await screenshot(page, 'template-review');
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    // The task publishes and registers; its output links to the product.
    const open = page.getByRole('link', { name: 'Open the data product' });
    await expect(open, 'the template task finished').toBeVisible({
      timeout: 120_000,
    });
    // a real document, in the repository's gitignored publish folder
    const published = parseYaml(
      fs.readFileSync(
        path.join(publishedFolder(), 'catalog-info.yaml'),
        'utf8',
      ),
    );
    expect(published).toMatchObject({
      kind: 'DataProduct',
      metadata: { name },
      spec: {
        owner: NEW_PRODUCT.owner.ref,
        domain: NEW_PRODUCT.domain.ref,
        type: NEW_PRODUCT.type.value,
        classification: NEW_PRODUCT.classification,
        outputPorts: [{ name: port.name, server: { type: port.platform } }],
      },
    });
    // The catalog processes a new location within seconds; the page reads it then.
    await expect
      .poll(
        async () =>
          (
            await backendFetch(
              request,
              `/api/catalog/entities/by-name/dataproduct/default/${name}`,
            )
          ).status(),
        { timeout: 60_000, message: `${name} in the catalog` },
      )
      .toBe(200);
    await open.click();
    await expect(page).toHaveURL(
      new RegExp(`/catalog/default/dataproduct/${name}$`),
    );
    await expect(
      page.getByRole('heading', { name: NEW_PRODUCT.title, level: 2 }),
    ).toBeVisible();

    // Scored at least bronze: at once if the change watcher was first, else on demand.
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    const summary = page.getByRole('article').filter({
      has: page.getByRole('heading', { name: 'Scorecard', level: 3 }),
    });
    const scored = summary.getByText(/^Score \d+ of 100$/);
    const unscored = summary.getByText(/has not been evaluated yet/);
    await expect(scored.or(unscored)).toBeVisible();
    if (await unscored.isVisible()) {
      const evaluated = page.waitForResponse(
        res =>
          res.request().method() === 'POST' &&
          /\/evaluate$/.test(new URL(res.url()).pathname),
      );
      await summary.getByRole('button', { name: 'Evaluate now' }).click();
      expect((await evaluated).ok()).toBe(true);
    }
    await expect(scored).toBeVisible();
    const scorecard = await scorecardOf(request, `dataproduct:default/${name}`);
    expect(['bronze', 'silver', 'gold']).toContain(scorecard.level);
    await expect(
      summary.getByText(`Score ${scorecard.score} of 100`),
    ).toBeVisible();
    await expect(
      summary.getByText(LEVEL_LABELS[scorecard.level], { exact: true }),
    ).toBeVisible();
  });

  test('find a data product through search and read its contract, as a consumer @owner', async ({
    page,
    request,
  }) => {
    test.setTimeout(360_000);
    // The collator indexes what the scorecard has scored, on its own schedule.
    await expect
      .poll(
        async () => {
          const res = await backendFetch(
            request,
            '/api/search/query?term=orders&types%5B0%5D=data-product',
          );
          if (!res.ok()) return undefined;
          const { results } = (await res.json()) as SearchAnswer;
          return results.find(r => r.document.location === ORDERS_DAILY.url)
            ?.document.level;
        },
        {
          timeout: 300_000,
          intervals: [5_000],
          message: `${ORDERS_DAILY.name} indexed for search with its level`,
        },
      )
      .toBeTruthy();
    const scorecard = await scorecardOf(
      request,
      `dataproduct:default/${ORDERS_DAILY.name}`,
    );

    await signIn(page, PEOPLE.consumer);
    await page.goto('/search');
    await page.getByRole('textbox', { name: 'Search' }).fill('orders');
    await page
      .getByRole('navigation', { name: 'filter by type' })
      .getByRole('button', { name: /^Data products/ })
      .click();
    const result = page.getByRole('link', {
      name: ORDERS_DAILY.title,
      exact: true,
    });
    await expect(result).toBeVisible();
    // the badge sits beside the title: level and score as the scorecard has them
    await expect(
      result
        .locator('xpath=..')
        .getByTitle(
          `${LEVEL_LABELS[scorecard.level]}, score ${scorecard.score} of 100`,
        ),
    ).toBeVisible();
    // only data products: the contract of the same name, an API, is left out
    await expect(
      page.getByRole('link', { name: `${ORDERS_DAILY.title} contract` }),
    ).toHaveCount(0);
    await screenshot(page, 'search-data-products');

    await result.click();
    await expect(page).toHaveURL(new RegExp(`${ORDERS_DAILY.url}$`));
    const product = await entityOf(
      request,
      `dataproduct:default/${ORDERS_DAILY.name}`,
    );
    const outputPort = product.spec.outputPorts![0];
    const contractName = outputPort.contract!.split(/[:/]/).pop()!;
    const contract = await entityOf(request, `api:default/${contractName}`);
    // the Ports card has a block per output port name, its versions in it
    const portBlock = page
      .getByRole('region', { name: 'Output ports' })
      .getByRole('region', { name: outputPort.name, exact: true });
    await portBlock.locator(`a[href$="/api/${contractName}"]`).click();
    await expect(page).toHaveURL(
      new RegExp(`/catalog/default/api/${contractName}$`),
    );

    // the overview's definition card, as on the Definition tab
    await expect(
      page.getByRole('tab', { name: 'ODCS data contract', selected: true }),
    ).toBeVisible();
    const odcs = parseYaml(contract.spec.definition!) as {
      schema: Array<{ name: string; properties: OdcsColumn[] }>;
    };
    for (const object of odcs.schema) {
      const columns = page.getByRole('table', {
        name: `Columns of ${object.name}`,
      });
      await expect(
        columns.getByRole('columnheader', { name: 'PII / classification' }),
      ).toBeVisible();
      for (const column of object.properties) {
        const row = columns.getByRole('row').filter({
          has: page.locator('th code').getByText(column.name, { exact: true }),
        });
        // Column, Logical type, Physical type, Required, Unique / key, PII / classification
        await expect(row.getByRole('cell').nth(4)).toHaveText(
          column.classification ?? '—',
        );
      }
    }
    await screenshot(page, 'odcs-contract');
  });

  test('download a product as ODPS @owner', async ({ page, request }) => {
    await signIn(page);
    await page.goto(ORDERS_DAILY.url);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download ODPS' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${ORDERS_DAILY.name}.odps.yaml`);
    const odps = parseYaml(fs.readFileSync((await download.path())!, 'utf8'));

    const product = await entityOf(
      request,
      `dataproduct:default/${ORDERS_DAILY.name}`,
    );
    expect(odps).toMatchObject({
      apiVersion: 'v1.1.0',
      kind: 'DataProduct',
      id: product.metadata.annotations!['meshwork.dev/odps-id'],
    });
    expect(odps.outputPorts.map((p: { name: string }) => p.name)).toEqual(
      product.spec.outputPorts!.map(p => p.name),
    );
    // the file is the backend's export, as it is for any other ODPS client
    expect(odps).toEqual(
      await backendGet(
        request,
        `/api/data-products/odps/dataproduct/default/${ORDERS_DAILY.name}`,
      ),
    );
  });
});
