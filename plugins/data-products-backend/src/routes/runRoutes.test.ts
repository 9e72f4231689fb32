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

import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  dataProductFactCreatePermission,
  type ToolRun,
} from '@meshwork/plugin-data-products-common';
import { dataProductFactSourcesExtensionPoint } from '@meshwork/plugin-data-products-node';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const orders = 'dataproduct:default/orders';
const bot = mockCredentials.user.header('user:default/data-platform-bot');
const stranger = mockCredentials.user.header('user:default/someone');

/** Orders served from a warehouse table that dbt builds and tests. */
const warehouseOrders = {
  ...ordersProduct,
  spec: {
    ...ordersProduct.spec,
    outputPorts: [
      {
        ...(ordersProduct.spec as any).outputPorts[0],
        server: {
          type: 'postgres',
          location: 'postgres://db:5432/analytics/jaffle_shop.orders',
        },
        datasets: ['gx:orders_suite'],
      },
    ],
  },
} as Entity;

const dbtRun = (statuses: Array<'pass' | 'fail'>): ToolRun => ({
  tool: 'dbt',
  runId: 'f0a1b2c3',
  job: 'build',
  finishedAt: new Date(Date.now() - 60_000).toISOString(),
  state: 'complete',
  datasets: [
    {
      keys: [
        'dbt:model.jaffle_shop.orders',
        'relation:analytics.jaffle_shop.orders',
      ],
      label: 'model.jaffle_shop.orders',
      role: 'output',
      checks: statuses.map((status, i) => ({
        name: `test_${i}_orders`,
        status,
        kind: 'quality',
      })),
    },
    {
      keys: ['dbt:model.jaffle_shop.stg_payments'],
      label: 'model.jaffle_shop.stg_payments',
      role: 'output',
      checks: [
        { name: 'not_null_stg_payments_id', status: 'pass', kind: 'quality' },
      ],
    },
  ],
});

/** A fact source as a module would add one: it reads `{ passed, failed }` counts. */
const countingSource = createBackendModule({
  pluginId: 'data-products',
  moduleId: 'counting-source',
  register(env) {
    env.registerInit({
      deps: { factSources: dataProductFactSourcesExtensionPoint },
      async init({ factSources }) {
        factSources.addFactSource({
          tool: 'great-expectations',
          paths: ['/gx/api/v1/results'],
          read: body => {
            const { failed } = (body ?? {}) as { failed?: unknown };
            if (typeof failed !== 'number') {
              return {
                runs: [],
                problems: [
                  { path: 'failed', message: 'failed: expected a number' },
                ],
              };
            }
            return {
              runs: [
                {
                  tool: 'great-expectations',
                  state: 'complete',
                  datasets: [
                    {
                      keys: ['gx:orders_suite'],
                      label: 'orders_suite',
                      role: 'checked',
                      checks: [
                        {
                          name: 'expect_a',
                          status: failed ? 'fail' : 'pass',
                          kind: 'quality',
                        },
                      ],
                    },
                  ],
                },
              ],
              problems: [],
            };
          },
        });
      },
    });
  },
});

describe('run routes', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, warehouseOrders],
      policy: ({ permission, user }) =>
        permission !== dataProductFactCreatePermission.name ||
        user === 'user:default/data-platform-bot',
      features: [countingSource],
      config: { dataProducts: { runs: { maxBodySize: '2mb' } } },
    });
  });
  afterAll(() => router.close());

  it('places a run on the port whose table it built, stores quality with its source and re-scores at once', async () => {
    const posted = await router.call('POST', '/runs', bot, {
      runs: [dbtRun(['pass', 'pass', 'fail'])],
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      runs: 1,
      products: [orders],
      unplaced: {
        total: 1,
        items: [{ label: 'model.jaffle_shop.stg_payments' }],
      },
    });
    const scorecard = await router.call(
      'GET',
      `/scorecards/dataproduct/default/orders`,
      bot,
    );
    const quality = scorecard.body.results.find(
      (r: { ruleId: string }) => r.ruleId === 'quality-checks-pass',
    );
    expect(quality.state).toBe('fail');
    expect(quality.message).toMatch(
      /^The latest data-quality run from dbt build \d{4}-\d\d-\d\d \d\d:\d\d passed 67% of checks: 1 of 3 failed: test_2_orders; 95% are needed\.$/,
    );
    const unplaced = await router.call('GET', '/runs/unplaced', bot);
    expect(unplaced.body).toMatchObject({
      total: 1,
      items: [
        {
          tool: 'dbt',
          runId: 'f0a1b2c3',
          label: 'model.jaffle_shop.stg_payments',
          keys: ['dbt:model.jaffle_shop.stg_payments'],
          reportedBy: 'user:default/data-platform-bot',
        },
      ],
    });
  });

  it('refuses the whole run for a caller without the fact permission, storing nothing', async () => {
    const before = await router.call('GET', '/runs/unplaced', bot);
    const refused = await router.call('POST', '/runs', stranger, {
      runs: [dbtRun(['pass'])],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      `You may not report facts for ${orders}: the permission policy does not grant you data-products.fact.create on it`,
    );
    const after = await router.call('GET', '/runs/unplaced', bot);
    expect(after.body.total).toBe(before.body.total);
  });

  it("keeps a pipeline's run that reaches no port, but not a person's", async () => {
    const staging: ToolRun = {
      ...dbtRun(['pass']),
      runId: 'staging-only',
      datasets: [dbtRun(['pass']).datasets[1]],
    };
    const before = await router.call('GET', '/runs/unplaced', bot);
    const fromPerson = await router.call('POST', '/runs', stranger, {
      runs: [staging],
    });
    expect(fromPerson.status).toBe(400);
    expect(fromPerson.body.error.message).toBe(
      'This run reaches no output port, so nothing of it is kept: 1 dataset matched none (dbt:model.jaffle_shop.stg_payments); expected a port whose server or outputPorts[].datasets names one of their keys',
    );
    const kept = await router.call('GET', '/runs/unplaced', bot);
    expect(kept.body.total).toBe(before.body.total);
    const fromPipeline = await router.call(
      'POST',
      '/runs',
      mockCredentials.service.header(),
      { runs: [staging] },
    );
    expect(fromPipeline.status).toBe(201);
    const listed = await router.call('GET', '/runs/unplaced', bot);
    expect(listed.body.total).toBe(before.body.total + 1);
    // posted again (a retry after a 503), it is listed once
    const again = await router.call(
      'POST',
      '/runs',
      mockCredentials.service.header(),
      { runs: [staging] },
    );
    expect(again.status).toBe(201);
    const once = await router.call('GET', '/runs/unplaced', bot);
    expect(once.body.total).toBe(before.body.total + 1);
  });

  it('names the field of a malformed run', async () => {
    const run = dbtRun(['pass']);
    const bad = await router.call('POST', '/runs', bot, {
      runs: [{ ...run, datasets: [{ ...run.datasets[0], role: 'written' }] }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('runs.0.datasets.0.role');
  });

  it("reads a tool's own output through its installed source, at its own path too", async () => {
    const posted = await router.call('POST', '/runs/great-expectations', bot, {
      failed: 0,
    });
    expect(posted).toMatchObject({ status: 201, body: { products: [orders] } });
    const ownPath = await router.call('POST', '/gx/api/v1/results', bot, {
      failed: 1,
    });
    expect(ownPath).toMatchObject({
      status: 201,
      body: { products: [orders] },
    });
    const unreadable = await router.call(
      'POST',
      '/runs/great-expectations',
      bot,
      {},
    );
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error.message).toBe(
      'Nothing could be read: failed: expected a number',
    );
    const sources = await router.call('GET', '/runs/sources', bot);
    expect(sources.body).toEqual({ items: [{ tool: 'great-expectations' }] });
  });

  it('says which tools are installed when one is not, and refuses a body over the limit by naming it', async () => {
    const missing = await router.call('POST', '/runs/dbt', bot, {});
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      'No fact source for dbt is installed; installed: great-expectations',
    );
    const huge = await router.call('POST', '/runs', bot, {
      runs: [{ padding: 'x'.repeat(3 * 1024 * 1024) }],
    });
    expect(huge.status).toBe(413);
    // without a valid token the body is never read, however large
    const anonymous = await router.call('POST', '/runs', 'Bearer not-a-token', {
      runs: [{ padding: 'x'.repeat(3 * 1024 * 1024) }],
    });
    expect(anonymous.status).toBe(401);
    expect(huge.body.error.message).toMatch(
      /^The body is \d+ bytes; at most 2mb is accepted \(dataProducts\.runs\.maxBodySize\)/,
    );
  });
});

describe('observed lineage from runs', () => {
  it('names an upstream product the orders job read without declaring it', async () => {
    const customers = {
      apiVersion: 'meshwork.dev/v1alpha1',
      kind: 'DataProduct',
      metadata: { name: 'customers', namespace: 'default' },
      spec: {
        owner: 'sales-data',
        outputPorts: [
          {
            name: 'table',
            server: {
              type: 'postgres',
              location: 'postgres://crm:5432/crm/public.customers',
            },
          },
        ],
      },
    } as Entity;
    const router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, warehouseOrders, customers],
      policy: () => true,
    });
    try {
      const job: ToolRun = {
        tool: 'openlineage',
        runId: '0176a8c2-fe01-7439-87e6-56a1a1b4029f',
        job: 'airflow/orders_daily',
        finishedAt: new Date(Date.now() - 60_000).toISOString(),
        state: 'complete',
        datasets: [
          {
            keys: [
              'openlineage:postgres://crm:5432/crm.public.customers',
              'relation:crm.public.customers',
            ],
            label: 'postgres://crm:5432/crm.public.customers',
            role: 'input',
            checks: [],
          },
          {
            keys: ['relation:analytics.jaffle_shop.orders'],
            label: 'postgres://db:5432/analytics.jaffle_shop.orders',
            role: 'output',
            checks: [],
          },
        ],
      };
      const posted = await router.call('POST', '/runs', bot, { runs: [job] });
      expect(posted.body.products).toEqual([orders]);
      const scorecard = await router.call(
        'GET',
        '/scorecards/dataproduct/default/orders',
        bot,
      );
      expect(
        scorecard.body.results.find(
          (r: { ruleId: string }) => r.ruleId === 'inputs-observed',
        ),
      ).toMatchObject({
        state: 'fail',
        message:
          'Reads postgres://crm:5432/crm.public.customers (dataproduct:default/customers) without an input port for it.',
      });
    } finally {
      await router.close();
    }
  });
});

describe('run routes and the catalog read policy', () => {
  it('refuses a run reaching a product the caller cannot see, without naming it', async () => {
    const router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, warehouseOrders],
      policy: () => true,
      mayRead: entityRef => entityRef !== orders,
    });
    try {
      const refused = await router.call('POST', '/runs', bot, {
        runs: [dbtRun(['pass'])],
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'You may not report facts for 1 of the data products this run reaches: the catalog does not show it to you',
      );
      expect(refused.body.error.message).not.toContain('orders');
    } finally {
      await router.close();
    }
  });
});
