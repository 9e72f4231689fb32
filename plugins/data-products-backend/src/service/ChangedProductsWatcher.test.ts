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

import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { ChangedProductsWatcher } from './ChangedProductsWatcher';
import { ScorecardEvaluator } from './ScorecardEvaluator';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('ChangedProductsWatcher', () => {
  it('evaluates every product at its first look, then only those whose entity changed', async () => {
    const knex = await databases.init('SQLITE_3');
    const database = { getClient: async () => knex };
    const store = await DatabaseScorecardStore.create({ database });
    const orders: Entity = {
      ...ordersProduct,
      metadata: { ...ordersProduct.metadata, etag: 'v1' },
    };
    const entities = [...ordersNeighbours, orders];
    const catalog = catalogServiceMock({ entities });
    const evaluator = ScorecardEvaluator.create({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      rules: builtinScorecardRules,
      store,
      facts: await DatabaseFactStore.create({ database }),
      waivers: await DatabaseWaiverStore.create({ database }),
    });
    const watcher = ChangedProductsWatcher.create({
      catalog,
      auth: mockServices.auth(),
      evaluator,
      logger: mockServices.logger.mock(),
    });

    // The first look scores what no full run has scored yet, e.g. products
    // the catalog ingested after the start-up run began.
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    await expect(
      store.getScorecard('dataproduct:default/orders'),
    ).resolves.toMatchObject({ level: expect.any(String) });
    await expect(watcher.evaluateChanged()).resolves.toBe(0);

    // The owner drops the steward; the catalog stores a new etag.
    orders.metadata.etag = 'v2';
    (orders.spec as any).team = [];
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    const scorecard = await store.getScorecard('dataproduct:default/orders');
    expect(
      scorecard?.results.find(r => r.ruleId === 'has-steward')?.state,
    ).toBe('fail');
    await expect(watcher.evaluateChanged()).resolves.toBe(0);
  });
});
