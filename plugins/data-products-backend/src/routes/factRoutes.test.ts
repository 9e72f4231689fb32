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

import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { dataProductFactCreatePermission } from '@meshwork/plugin-data-products-common';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const orders = 'dataproduct:default/orders';

describe('fact routes', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, ordersProduct],
      policy: ({ permission, user }) =>
        permission === dataProductFactCreatePermission.name &&
        user === 'user:default/data-platform-bot',
    });
  });
  afterAll(() => router.close());

  it('takes one fact or a batch from a service, and the latest feeds the checks', async () => {
    const one = await router.call(
      'POST',
      '/facts',
      mockCredentials.service.header(),
      {
        entityRef: 'orders',
        port: 'table',
        name: 'freshness',
        value: 'PT3H',
        observedAt: '2026-11-21T09:00:00Z',
      },
    );
    expect(one).toEqual({ status: 201, body: { accepted: 1 } });
    const batch = await router.call(
      'POST',
      '/facts',
      mockCredentials.service.header(),
      {
        items: [
          {
            entityRef: orders,
            name: 'quality',
            value: 0.97,
            observedAt: '2026-11-21T09:00:00Z',
          },
          { entityRef: orders, name: 'row-count', value: 1200 },
        ],
      },
    );
    expect(batch).toEqual({ status: 201, body: { accepted: 2 } });
    const latest = (await router.facts.latestFacts([orders])).get(orders)!;
    expect(latest.map(f => [f.name, f.port, f.value]).sort()).toEqual([
      ['freshness', 'table', 'PT3H'],
      ['quality', undefined, 0.97],
      ['row-count', undefined, 1200],
    ]);
  });

  it('lets a user report only with the fact permission', async () => {
    const body = { entityRef: orders, name: 'quality', value: 0.99 };
    const denied = await router.call(
      'POST',
      '/facts',
      mockCredentials.user.header('user:default/priya.raman'),
      body,
    );
    expect(denied.status).toBe(403);
    const allowed = await router.call(
      'POST',
      '/facts',
      mockCredentials.user.header('user:default/data-platform-bot'),
      body,
    );
    expect(allowed.status).toBe(201);
  });

  it('answers a bad fact with 400 naming the field and what was expected', async () => {
    const cases: Array<[object, string]> = [
      [
        { entityRef: orders, name: 'freshness', value: 'yesterday' },
        'value: expected the age of the newest data as an ISO 8601 duration (PT2H), a timestamp of the newest data, or seconds',
      ],
      [
        { entityRef: orders, name: 'quality', value: 97 },
        'value: expected the share of passed data-quality checks, 0 to 1, or { rate: 0.97 }',
      ],
      [{ entityRef: orders, name: 'quality' }, 'value: required'],
      [
        {
          entityRef: orders,
          name: 'quality',
          value: 1,
          observedAt: '2999-01-01T00:00:00Z',
        },
        'observedAt: is in the future; expected when the fact was observed',
      ],
      [
        { entityRef: 'ghost', name: 'quality', value: 1 },
        'entityRef: no data product dataproduct:default/ghost in the catalog',
      ],
      [
        { entityRef: orders, port: 'csv', name: 'freshness', value: 60 },
        'port: dataproduct:default/orders has no output port named csv',
      ],
      [{ items: [] }, 'items: Array must contain at least 1 element(s)'],
      [
        { items: [{ entityRef: orders, name: 'quality', value: 2 }] },
        'items.0.value: expected the share',
      ],
    ];
    for (const [body, message] of cases) {
      const response = await router.call(
        'POST',
        '/facts',
        mockCredentials.service.header(),
        body,
      );
      expect([response.status, response.body.error?.message]).toEqual([
        400,
        expect.stringContaining(message),
      ]);
    }
  });
});

describe('reading facts', () => {
  it('gives the latest facts of a product the caller can read, and 404 for one hidden', async () => {
    const router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, ordersProduct],
      policy: () => true,
      mayRead: (entityRef, user) =>
        entityRef !== orders || user !== 'user:default/someone',
    });
    try {
      const bot = mockCredentials.user.header('user:default/data-platform-bot');
      await router.call('POST', '/facts', bot, {
        entityRef: orders,
        port: 'table',
        name: 'freshness',
        value: 'PT1H',
        observedAt: '2026-11-21T09:00:00Z',
      });
      const read = await router.call(
        'GET',
        '/facts/dataproduct/default/orders',
        bot,
      );
      expect(read).toEqual({
        status: 200,
        body: {
          items: [
            {
              entityRef: orders,
              port: 'table',
              name: 'freshness',
              value: 'PT1H',
              observedAt: '2026-11-21T09:00:00.000Z',
            },
          ],
        },
      });
      const hidden = await router.call(
        'GET',
        '/facts/dataproduct/default/orders',
        mockCredentials.user.header('user:default/someone'),
      );
      expect(hidden.status).toBe(404);
    } finally {
      await router.close();
    }
  });
});
