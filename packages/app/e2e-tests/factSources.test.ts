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

// Facts from the tools pipelines already run (README, "Facts from your
// tools"), as npm start shows them: the example pipelines' dbt runs bring
// orders-daily to gold, the Scorecard tab says which run the quality came
// from, and the executive KPI job's observed read of orders-daily shows as
// not declared on the Lineage card. As the owner, user:default/guest.

import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  BACKEND,
  backendFetch,
  scorecardOf,
  screenshot,
  signIn,
  tokenOf,
  type Scorecard,
} from './portal';

/**
 * A rule's state on a product, read as `reader` (the guest by default):
 * undefined until the product is scored. The example pipelines post once
 * the catalog has loaded, so the tests wait until a rule reads their facts.
 */
async function ruleState(
  request: APIRequestContext,
  entityRef: string,
  ruleId: string,
  reader?: string,
) {
  const [kind, rest] = entityRef.split(':');
  const url = `/api/data-products/scorecards/${kind}/${rest}`;
  const res = reader
    ? await request.get(`${BACKEND}${url}`, {
        headers: {
          Authorization: `Bearer ${await tokenOf(request, reader)}`,
        },
      })
    : await backendFetch(request, url);
  // not scored yet: the catalog is still loading the example mesh
  if (!res.ok()) return undefined;
  const scorecard = (await res.json()) as Scorecard;
  return scorecard.results.find(r => r.ruleId === ruleId);
}

async function scoredFromRuns(request: APIRequestContext, entityRef: string) {
  await expect
    .poll(
      async () =>
        (
          await ruleState(request, entityRef, 'quality-checks-pass')
        )?.state,
      { timeout: 120_000, intervals: [1_000] },
    )
    .toMatch(/^(pass|fail)$/);
  return scorecardOf(request, entityRef);
}

test.describe('facts from the example pipelines', () => {
  test('a product at gold on its dbt run, and where its figures come from @owner', async ({
    page,
    request,
  }) => {
    const scorecard = await scoredFromRuns(
      request,
      'dataproduct:default/orders-daily',
    );
    expect(scorecard.level).toBe('gold');
    await signIn(page);
    await page.goto('/catalog/default/dataproduct/orders-daily/scorecard');
    const summary = page.getByRole('article').filter({
      has: page.getByRole('heading', { name: 'Scorecard', level: 3 }),
    });
    await expect(summary.getByText('Gold', { exact: true })).toBeVisible();
    const sources = page.getByRole('article').filter({
      has: page.getByRole('heading', { name: 'Where the figures come from' }),
    });
    await expect(
      sources.getByText(
        /quality 100 % \(3 of 3 checks\) from dbt build --target prod/,
      ),
    ).toBeVisible();
    await screenshot(page, 'scorecard-from-dbt');
  });

  test('a failing dbt test named on the product it holds back from gold @owner', async ({
    request,
  }) => {
    // restricted: the customer-data group and governance read it
    const governance = 'user:default/elena.petrova';
    await expect
      .poll(
        async () =>
          (
            await ruleState(
              request,
              'dataproduct:default/customers-master',
              'quality-checks-pass',
              governance,
            )
          )?.message,
        { timeout: 120_000, intervals: [1_000] },
      )
      .toContain('1 of 4 failed: unique_customers_customer_id');
  });

  test('an observed read the product never declared, on its Lineage card @owner', async ({
    page,
    request,
  }) => {
    await expect
      .poll(
        async () =>
          (
            await ruleState(
              request,
              'dataproduct:default/executive-kpis',
              'inputs-observed',
            )
          )?.state,
        { timeout: 120_000, intervals: [1_000] },
      )
      .toBe('fail');
    await signIn(page);
    await page.goto('/catalog/default/dataproduct/executive-kpis');
    const observed = page.getByRole('article').filter({
      has: page.getByRole('heading', { name: 'Observed reads' }),
    });
    const read = observed.getByRole('row').filter({
      hasText: 'SALES.ORDERS_CURATED.ORDERS_DAILY',
    });
    await expect(read.getByText('not declared', { exact: true })).toBeVisible();
    await expect(
      read.getByRole('link', { name: /orders-daily|Orders \(daily\)/ }),
    ).toBeVisible();
  });
});
