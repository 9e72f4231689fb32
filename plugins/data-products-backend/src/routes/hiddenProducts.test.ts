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
import {
  entity,
  ordersNeighbours,
  ordersProduct,
} from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const salaries = entity('DataProduct', 'salaries', {
  metadata: { name: 'salaries', namespace: 'default', title: 'Salaries' },
  spec: { ...ordersProduct.spec, owner: 'hr-data', domain: 'hr' },
});
const jane = mockCredentials.user.header('user:default/jane');
const outsider = mockCredentials.user.header('user:default/oliver.grant');

describe('a product the catalog hides from the caller', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  let waiverId: string;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [
        ...ordersNeighbours,
        entity('Group', 'hr-data'),
        entity('Domain', 'hr'),
        ordersProduct,
        salaries,
      ],
      // Everyone may do everything the scorecard offers...
      policy: () => true,
      // ...but only jane reads salaries.
      mayRead: (ref, user) =>
        ref !== 'dataproduct:default/salaries' || user === 'user:default/jane',
    });
    await router.evaluator.evaluateAll();
    const requested = await router.call('POST', '/waivers', jane, {
      entityRef: 'salaries',
      ruleId: 'has-docs',
      justification: 'Docs move to the new site next sprint',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    if (requested.status !== 201) {
      throw new Error(`jane's waiver request: ${JSON.stringify(requested)}`);
    }
    waiverId = requested.body.id;
  });
  afterAll(() => router.close());

  it('answers each of its URLs exactly as for a product that never existed', async () => {
    for (const [method, path] of [
      ['GET', '/scorecards/dataproduct/default/NAME'],
      ['GET', '/scorecards/dataproduct/default/NAME/history'],
      ['POST', '/scorecards/dataproduct/default/NAME/evaluate'],
    ]) {
      const hidden = await router.call(
        method,
        path.replace('NAME', 'salaries'),
        outsider,
      );
      const ghost = await router.call(
        method,
        path.replace('NAME', 'ghost'),
        outsider,
      );
      expect([hidden.status, ghost.status]).toEqual([404, 404]);
      expect(hidden.body.error.message).toBe(
        ghost.body.error.message.replace('ghost', 'salaries'),
      );
      const seen = await router.call(
        method,
        path.replace('NAME', 'salaries'),
        jane,
      );
      expect(seen.status).toBe(200);
    }
  });

  it('leaves it out of every listing and count', async () => {
    const products = await router.call('GET', '/products', outsider);
    expect(products.body.items.map((i: any) => i.name)).toEqual(['orders']);
    expect(products.body.totalCount).toBe(1);
    const facets = await router.call('GET', '/products/facets', outsider);
    expect(facets.body.domain).toEqual([
      { value: 'domain:default/sales', count: 1 },
    ]);
    const csv = await router.download('/products.csv', outsider);
    expect(csv.text).not.toContain('salaries');
    const scorecards = await router.call('GET', '/scorecards', outsider);
    expect(scorecards.body.items.map((i: any) => i.entityRef)).toEqual([
      'dataproduct:default/orders',
    ]);
    const rollups = await router.call('GET', '/rollups?by=owner', outsider);
    expect(rollups.body.items.map((r: any) => r.entityRef)).toEqual([
      'group:default/sales-data',
    ]);
    const everything = await router.call('GET', '/products', jane);
    expect(everything.body.totalCount).toBe(2);
  });

  it('hides its waivers, and refuses to decide one as if it did not exist', async () => {
    const listed = await router.call('GET', '/waivers', outsider);
    expect(listed.body.items).toEqual([]);
    const ghostId = '00000000-0000-4000-8000-000000000000';
    for (const [method, path] of [
      ['GET', '/waivers/ID'],
      ['POST', '/waivers/ID/approve'],
    ]) {
      const hidden = await router.call(
        method,
        path.replace('ID', waiverId),
        outsider,
        method === 'POST' ? {} : undefined,
      );
      const ghost = await router.call(
        method,
        path.replace('ID', ghostId),
        outsider,
        method === 'POST' ? {} : undefined,
      );
      expect([hidden.status, ghost.status]).toEqual([404, 404]);
      expect(hidden.body.error.message).toBe(
        ghost.body.error.message.replace(ghostId, waiverId),
      );
    }
    const mine = await router.call('GET', '/waivers', jane);
    expect(mine.body.items.map((w: any) => w.entityRef)).toEqual([
      'dataproduct:default/salaries',
    ]);
  });

  it('refuses facts about it as about an unknown product', async () => {
    const fact = (entityRef: string) =>
      router.call('POST', '/facts', outsider, {
        entityRef,
        name: 'quality',
        value: { rate: 1 },
      });
    const hidden = await fact('salaries');
    const ghost = await fact('ghost');
    expect([hidden.status, ghost.status]).toEqual([400, 400]);
    expect(hidden.body.error.message).toBe(
      ghost.body.error.message.replace('ghost', 'salaries'),
    );
  });
});
