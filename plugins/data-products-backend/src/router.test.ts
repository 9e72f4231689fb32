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

import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { ordersNeighbours, ordersProduct } from './__testUtils__/fixtures';
import { startTestRouter } from './__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('scorecard routes', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [
        ...ordersNeighbours,
        {
          kind: 'Group',
          apiVersion: 'backstage.io/v1alpha1',
          metadata: { name: 'sales-orders-team', namespace: 'default' },
          relations: [
            { type: 'childOf', targetRef: 'group:default/sales-data' },
          ],
        },
        ordersProduct,
      ],
      // Everything is open but to an outsider, who may not evaluate.
      policy: ({ permission, user }) =>
        !(
          permission === 'data-products.scorecard.evaluate' &&
          user === 'user:default/outsider'
        ),
    });
    await router.store.saveScorecards(
      [
        {
          scorecard: {
            entityRef: 'dataproduct:default/orders',
            level: 'bronze',
            score: 80,
            results: [],
          },
          title: 'Orders',
          domainRef: 'domain:default/sales',
          ownerRef: 'group:default/sales-orders-team',
        },
      ],
      new Date('2026-11-21T10:00:00Z'),
    );
  });
  afterAll(() => router.close());

  const get = async (path: string, header = mockCredentials.user.header()) => {
    const { status, body } = await router.call('GET', path, header);
    return { status, json: async () => body };
  };

  it('lists the active rules with level, weight and what to do', async () => {
    const response = await get('/rules');
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items).toHaveLength(builtinScorecardRules.length);
    expect(items[0]).toEqual({
      id: 'has-owner',
      title: 'Has an owner',
      level: 'bronze',
      weight: 1,
      description:
        'Set spec.owner to a Group (or User) that exists in the catalog.',
      reads: ['catalog'],
    });
  });

  it("serves one product's scorecard and history, and says when there is none", async () => {
    const response = await get('/scorecards/dataproduct/default/orders');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      entityRef: 'dataproduct:default/orders',
      level: 'bronze',
      score: 80,
    });
    const history = await (
      await get('/scorecards/dataproduct/default/orders/history')
    ).json();
    expect(history.items).toEqual([
      {
        level: 'bronze',
        score: 80,
        states: {},
        recordedAt: '2026-11-21T10:00:00.000Z',
      },
    ]);
    const missing = await get('/scorecards/dataproduct/default/ghost');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe(
      'No data product dataproduct:default/ghost in the catalog',
    );
  });

  it('lists scorecards a page at a time, with filters taking short refs', async () => {
    const page = await (
      await get('/scorecards?limit=10&owner=sales-data&level=bronze')
    ).json();
    expect(page).toEqual({ items: [] });
    const all = await (await get('/scorecards')).json();
    expect(all.items).toEqual([
      expect.objectContaining({
        entityRef: 'dataproduct:default/orders',
        title: 'Orders',
        level: 'bronze',
        score: 80,
      }),
    ]);
  });

  it('answers bad listing parameters with 400, naming them', async () => {
    const cases: Array<[string, string]> = [
      [
        '/scorecards?limit=0',
        'limit: Number must be greater than or equal to 1',
      ],
      [
        '/scorecards?level=platinum',
        "level: Invalid enum value. Expected 'none' | 'bronze' | 'silver' | 'gold', received 'platinum'",
      ],
      [
        '/scorecards?failing=Has%20Owner',
        'failing: expected a rule id such as has-owner',
      ],
      [
        '/scorecards?owner=group%3A',
        'owner: expected an entity ref such as group:my-name',
      ],
      ['/scorecards?colour=red', 'unknown parameters colour'],
      [
        '/scorecards/dataproduct/default/orders/history?limit=0',
        'limit: Number must be greater than or equal to 1',
      ],
      [
        '/scorecards/dataproduct/default/orders/history?since=2026-01-01',
        'unknown parameters since',
      ],
    ];
    for (const [path, message] of cases) {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toBe(message);
    }
  });

  it('evaluates one product now and stores the result', async () => {
    const response = await router.call(
      'POST',
      '/scorecards/dataproduct/default/orders/evaluate',
      mockCredentials.user.header(),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      entityRef: 'dataproduct:default/orders',
      level: 'silver',
      ownerRef: 'group:default/sales-data',
    });
    const missing = await router.call(
      'POST',
      '/scorecards/dataproduct/default/ghost/evaluate',
      mockCredentials.user.header(),
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      'No data product dataproduct:default/ghost in the catalog',
    );
    const refused = await router.call(
      'POST',
      '/scorecards/dataproduct/default/orders/evaluate',
      mockCredentials.user.header('user:default/outsider'),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'You may not evaluate dataproduct:default/orders: the permission policy does not grant you data-products.scorecard.evaluate',
    );
  });

  it('rolls scorecards up by domain and by owner, sub-groups into parents', async () => {
    await router.store.saveScorecards(
      [
        {
          scorecard: {
            entityRef: 'dataproduct:default/orders',
            level: 'bronze',
            score: 80,
            results: [],
          },
          domainRef: 'domain:default/sales',
          ownerRef: 'group:default/sales-orders-team',
        },
      ],
      // Now: an earlier test evaluated orders today, and an older result
      // would not replace it.
      new Date(),
    );
    const byOwner = await get('/rollups?by=owner');
    expect(byOwner.status).toBe(200);
    expect(
      (await byOwner.json()).items.map((r: any) => [
        r.entityRef,
        r.products,
        r.ownProducts,
      ]),
    ).toEqual([
      ['group:default/sales-data', 1, 0],
      ['group:default/sales-orders-team', 1, 1],
    ]);
    const byDomain = await (await get('/rollups?by=domain')).json();
    expect(byDomain.items).toEqual([
      expect.objectContaining({
        entityRef: 'domain:default/sales',
        averageScore: 80,
        levels: { none: 0, bronze: 1, silver: 0, gold: 0 },
      }),
    ]);
    const bad = await get('/rollups?by=colour');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe(
      "by: Invalid enum value. Expected 'domain' | 'owner', received 'colour'",
    );
  });

  it('refuses every route without credentials', async () => {
    for (const [method, path] of [
      ['GET', '/rules'],
      ['GET', '/scorecards/dataproduct/default/orders'],
      ['GET', '/rollups?by=domain'],
      ['GET', '/scorecards'],
      ['GET', '/scorecards/dataproduct/default/orders/history'],
      ['GET', '/products'],
      ['GET', '/products/facets'],
      ['GET', '/products.csv'],
      ['GET', '/odps/dataproduct/default/orders'],
      ['POST', '/scorecards/dataproduct/default/orders/evaluate'],
      ['POST', '/evaluate'],
      ['POST', '/facts'],
      ['GET', '/waivers'],
      ['GET', '/waivers/limits'],
      ['POST', '/waivers'],
      ['POST', '/waivers/00000000-0000-4000-8000-000000000000/approve'],
    ]) {
      const response = await router.call(
        method,
        path,
        mockCredentials.none.header(),
      );
      expect([method, path, response.status]).toEqual([method, path, 401]);
    }
  });
});
