/*
 * Copyright 2020 The Backstage Authors
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

// What the catalog's permission policy hides stays hidden everywhere. The
// example portal's policy (plugins/permission-backend-module-data-products,
// configured in app-config.yaml) lets only the owning group's tree,
// governance and data-platform read a product whose spec.classification is
// restricted. Fatima Benali (marketing-analytics)
// is none of those: Customer master must appear nowhere she looks, in the
// browser or through the API and the actions, while Elena Petrova
// (governance) sees it.

import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { BACKEND, PEOPLE, signIn, tokenOf } from './portal';

const HIDDEN = {
  name: 'customers-master',
  ref: 'dataproduct:default/customers-master',
  title: 'Customer master',
  domain: 'domain:default/customer',
};
const FATIMA = 'user:default/fatima.benali';
const ELENA = 'user:default/elena.petrova';

/** A call to the backend with a person's token: status and body (JSON if it is). */
async function call(
  request: APIRequestContext,
  token: string,
  path: string,
  body?: unknown,
) {
  const response = await request.fetch(`${BACKEND}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { data: body }),
  });
  const text = await response.text();
  const json = (response.headers()['content-type'] ?? '').includes('json');
  return { status: response.status(), body: json ? JSON.parse(text) : text };
}

/** The count of one value of one facet of the browse listing. */
function facetCount(facets: any, facet: string, value: string): number {
  return facets[facet].find((f: any) => f.value === value)?.count ?? 0;
}

const action = (name: string) =>
  `/api/data-products/.backstage/actions/v1/actions/data-products:${name}/invoke`;

const refsOf = (list: { items: Array<{ entityRef: string }> }) =>
  list.items.map(item => item.entityRef);

test.describe('a restricted data product, for a consumer outside its owners', () => {
  test('is nowhere in the API, the actions, the CSV or search @consumer', async ({
    request,
  }) => {
    test.setTimeout(360_000);
    const fatima = await tokenOf(request, FATIMA);
    const elena = await tokenOf(request, ELENA);
    const scorecardPath = `/api/data-products/scorecards/dataproduct/default/${HIDDEN.name}`;

    // Governance sees it scored: it exists, and Meshwork knows it.
    await expect
      .poll(async () => (await call(request, elena, scorecardPath)).status, {
        timeout: 120_000,
      })
      .toBe(200);

    // Its URLs answer as those of a product that never existed.
    const ghostPath = scorecardPath.replace(HIDDEN.name, 'no-such-product');
    for (const suffix of ['', '/history']) {
      const hidden = await call(request, fatima, `${scorecardPath}${suffix}`);
      const ghost = await call(request, fatima, `${ghostPath}${suffix}`);
      expect([hidden.status, ghost.status]).toEqual([404, 404]);
      expect(hidden.body.error.message).toBe(
        ghost.body.error.message.replace('no-such-product', HIDDEN.name),
      );
    }

    // Not in the rows, nor in any count.
    const all = '/api/data-products/products?limit=500';
    const mine = (await call(request, fatima, all)).body;
    const everything = (await call(request, elena, all)).body;
    expect(refsOf(everything)).toContain(HIDDEN.ref);
    expect(refsOf(mine)).not.toContain(HIDDEN.ref);
    const restricted = everything.items.filter(
      (item: any) => item.classification === 'restricted',
    ).length;
    expect(mine.totalCount).toBe(everything.totalCount - restricted);
    const facets = '/api/data-products/products/facets';
    const myFacets = (await call(request, fatima, facets)).body;
    const allFacets = (await call(request, elena, facets)).body;
    expect(facetCount(myFacets, 'classification', 'restricted')).toBe(0);
    expect(facetCount(myFacets, 'domain', HIDDEN.domain)).toBe(
      facetCount(allFacets, 'domain', HIDDEN.domain) - 1,
    );
    const customerRollup = async (token: string) =>
      (
        await call(request, token, '/api/data-products/rollups?by=domain')
      ).body.items.find((r: any) => r.entityRef === HIDDEN.domain);
    expect((await customerRollup(fatima)).products).toBe(
      (await customerRollup(elena)).products - 1,
    );
    const csv = await call(request, fatima, '/api/data-products/products.csv');
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('customer-360');
    expect(csv.body).not.toContain(HIDDEN.name);
    const waivers = await call(
      request,
      fatima,
      `/api/data-products/waivers?entityRef=${HIDDEN.ref}`,
    );
    expect(waivers.body.items).toEqual([]);

    // The assistants' actions, with her credentials.
    const found = await call(request, fatima, action('find-data-products'), {
      query: 'customer',
      limit: 100,
    });
    expect(found.status).toBe(200);
    expect(refsOf(found.body.output)).toContain(
      'dataproduct:default/customer-360',
    );
    expect(refsOf(found.body.output)).not.toContain(HIDDEN.ref);
    expect(found.body.output.totalCount).toBe(found.body.output.items.length);
    for (const name of [
      'get-data-product-scorecard',
      'explain-data-product-failures',
    ]) {
      const hidden = await call(request, fatima, action(name), {
        entityRef: HIDDEN.name,
      });
      const ghost = await call(request, fatima, action(name), {
        entityRef: 'no-such-product',
      });
      expect([hidden.status, ghost.status]).toEqual([404, 404]);
      expect(hidden.body.error.message).toBe(
        ghost.body.error.message.replace('no-such-product', HIDDEN.name),
      );
    }

    // Search: indexed (governance finds it), never shown to her.
    const search = `/api/search/query?term=${encodeURIComponent(
      HIDDEN.title,
    )}&types%5B0%5D=data-product`;
    const location = `/catalog/default/dataproduct/${HIDDEN.name}`;
    const locations = async (token: string): Promise<string[]> =>
      ((await call(request, token, search)).body.results ?? []).map(
        (r: any) => r.document.location,
      );
    await expect
      .poll(() => locations(elena), { timeout: 300_000, intervals: [5_000] })
      .toContain(location);
    expect(await locations(fatima)).not.toContain(location);
  });

  test('is nowhere on the pages she opens @consumer', async ({ page }) => {
    await signIn(page, PEOPLE.consumer);
    // Exactly its title: its contract, an API entity the policy does not
    // restrict, is "Customer master contract".
    const hiddenLink = page.getByRole('link', {
      name: HIDDEN.title,
      exact: true,
    });

    // Browse: not in the rows, nor found by its name.
    await page
      .getByRole('link', { name: 'Data products', exact: true })
      .click();
    const table = page.getByRole('table', { name: /data products$/i });
    await expect(
      table.getByRole('link', { name: 'Customer 360' }),
    ).toBeVisible();
    await expect(hiddenLink).toHaveCount(0);
    await page
      .getByRole('searchbox', { name: 'Search data products' })
      .fill(HIDDEN.title);
    await expect(page).toHaveURL(/[?&]q=Customer/);
    await expect(table.getByRole('link', { name: 'Customer 360' })).toHaveCount(
      0,
    );
    await expect(hiddenLink).toHaveCount(0);

    // Filters: no restricted option to pick.
    await page.goto('/data-products');
    await page.getByRole('button', { name: 'Any Classification' }).click();
    const options = page.getByRole('listbox', { name: 'Classification' });
    await expect(options.getByRole('option').first()).toBeVisible();
    await expect(
      options.getByRole('option', { name: /^restricted/i }),
    ).toHaveCount(0);
    await page.keyboard.press('Escape');

    // My data products: hers only.
    await page.getByRole('tab', { name: 'My data products' }).click();
    await expect(page).toHaveURL(/\/data-products\/mine$/);
    await expect(hiddenLink).toHaveCount(0);

    // Governance page: not in the matrix nor its CSV.
    await page.getByRole('tab', { name: 'Governance' }).click();
    const matrix = page.getByRole('region', { name: 'Matrix', exact: true });
    await expect(
      matrix.getByRole('link', { name: 'Customer 360' }),
    ).toBeVisible();
    await expect(
      matrix.getByRole('link', { name: HIDDEN.title, exact: true }),
    ).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await matrix.getByRole('button', { name: 'Export CSV' }).click();
    const csv = fs.readFileSync((await (await downloading).path())!, 'utf8');
    expect(csv).toContain('customer-360');
    expect(csv).not.toContain(HIDDEN.name);

    // Search: the title finds nothing of hers to open.
    await page.goto('/search');
    await page.getByRole('textbox', { name: 'Search' }).fill(HIDDEN.title);
    await expect(page).toHaveURL(/query=Customer/);
    await expect(
      page
        .getByRole('link', { name: 'Customer 360' })
        .or(page.getByText(/no results/i))
        .first(),
    ).toBeVisible();
    await expect(hiddenLink).toHaveCount(0);

    // Its URL: the catalog has nothing to show her.
    await page.goto(`/catalog/default/dataproduct/${HIDDEN.name}`);
    await expect(
      page.getByText(/not found|there is no/i).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: HIDDEN.title, exact: true }),
    ).toHaveCount(0);
  });
});
