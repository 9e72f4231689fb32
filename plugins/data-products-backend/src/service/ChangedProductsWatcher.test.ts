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
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  dataProductRelations,
  isDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import {
  builtinRules,
  entity,
  ordersNeighbours,
  ordersProduct,
} from '../__testUtils__/fixtures';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { ChangedProductsWatcher } from './ChangedProductsWatcher';
import { ScorecardEvaluator } from './ScorecardEvaluator';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** A copy of `e` as the catalog stored it at version `etag`. */
const stored = (e: Entity, etag: string): Entity => {
  const copy = structuredClone(e);
  return { ...copy, metadata: { ...copy.metadata, etag } };
};

/** `entities` as the catalog serves them: with the relations products emit. */
function withRelations(entities: Entity[]): Entity[] {
  const bySource = new Map<string, Entity['relations'] & {}>();
  for (const product of entities.filter(isDataProductEntity)) {
    for (const { source, type, target } of dataProductRelations(product)) {
      const from = stringifyEntityRef(source);
      const targetRef = stringifyEntityRef(target);
      bySource.set(from, [...(bySource.get(from) ?? []), { type, targetRef }]);
    }
  }
  return entities.map(e => ({
    ...e,
    relations: bySource.get(stringifyEntityRef(e)) ?? [],
  }));
}

/**
 * A catalog serving `entities` as they are at each call, so a test can add,
 * edit and remove entities between looks; its methods count their calls.
 */
function liveCatalog(entities: Entity[]) {
  const now = () => catalogServiceMock({ entities: withRelations(entities) });
  return catalogServiceMock.mock({
    queryEntities: (request, options) => now().queryEntities(request, options),
    getEntitiesByRefs: (request, options) =>
      now().getEntitiesByRefs(request, options),
    getEntityByRef: (ref, options) => now().getEntityByRef(ref, options),
  });
}

/** A watcher and a real evaluator over a live catalog of `entities`. */
async function setUp(entities: Entity[]) {
  const knex = await databases.init('SQLITE_3');
  const database = { getClient: async () => knex };
  const store = await DatabaseScorecardStore.create({ database });
  const catalog = liveCatalog(entities);
  const evaluator = ScorecardEvaluator.create({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    rules: builtinRules,
    store,
    facts: await DatabaseFactStore.create({ database }),
    waivers: await DatabaseWaiverStore.create({ database }),
  });
  const watcher = ChangedProductsWatcher.create({
    catalog,
    auth: mockServices.auth(),
    evaluator,
    store,
    logger: mockServices.logger.mock(),
  });
  const ruleState = async (product: string, ruleId: string) =>
    (await store.getScorecard(`dataproduct:default/${product}`))?.results.find(
      r => r.ruleId === ruleId,
    )?.state;
  return { catalog, evaluator, store, watcher, ruleState };
}

const [salesData, sales, ordersContract] = ordersNeighbours.map(e =>
  stored(e, 'v1'),
);

describe('ChangedProductsWatcher', () => {
  it('evaluates every product at its first look, then only those whose entity changed', async () => {
    const orders = stored(ordersProduct, 'v1');
    const entities = [salesData, sales, ordersContract, orders];
    const { watcher, store, ruleState } = await setUp(entities);

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
    await expect(ruleState('orders', 'has-steward')).resolves.toBe('fail');
    await expect(watcher.evaluateChanged()).resolves.toBe(0);
  });

  it('takes a product deleted from the catalog out of every listing at the next look, keeping its history', async () => {
    const orders = stored(ordersProduct, 'v1');
    const payments = stored(
      entity('DataProduct', 'payments', { spec: ordersProduct.spec }),
      'v1',
    );
    const entities = [salesData, sales, ordersContract, orders, payments];
    const { watcher, store } = await setUp(entities);
    await watcher.evaluateChanged();
    const listed = async () =>
      (
        await store.listProducts({
          sort: 'title',
          order: 'asc',
          offset: 0,
          limit: 10,
        })
      ).items.map(item => item.entityRef);
    await expect(listed()).resolves.toEqual([
      'dataproduct:default/orders',
      'dataproduct:default/payments',
    ]);

    entities.splice(entities.indexOf(payments), 1);
    await watcher.evaluateChanged();
    await expect(listed()).resolves.toEqual(['dataproduct:default/orders']);
    await expect(
      store.getScorecard('dataproduct:default/payments'),
    ).resolves.toBeUndefined();
    await expect(
      store.getHistory('dataproduct:default/payments'),
    ).resolves.toHaveLength(1);
  });

  it('removes at its first look the stored products no longer in the catalog', async () => {
    const orders = stored(ordersProduct, 'v1');
    const { watcher, store, evaluator } = await setUp([
      salesData,
      sales,
      ordersContract,
      orders,
    ]);
    await evaluator.evaluateProducts(['dataproduct:default/orders']);
    await store.saveScorecards(
      [
        {
          scorecard: {
            entityRef: 'dataproduct:default/deleted-while-down',
            level: 'bronze',
            score: 50,
            results: [],
          },
        },
      ],
      new Date('2026-11-21T10:00:00Z'),
    );
    await watcher.evaluateChanged();
    await expect(store.storedProductRefs()).resolves.toEqual([
      'dataproduct:default/orders',
    ]);
  });

  it('tries a look again when evaluating its changes failed', async () => {
    const entities = [
      salesData,
      sales,
      ordersContract,
      stored(ordersProduct, 'v1'),
    ];
    const { catalog, watcher, store } = await setUp(entities);
    const serve = catalog.getEntitiesByRefs.getMockImplementation()!;
    let catalogDown = true;
    // The watcher reads etags (a projection); the evaluator whole products.
    catalog.getEntitiesByRefs.mockImplementation(async (request, options) => {
      if (catalogDown && !request.fields)
        throw new Error('catalog unavailable');
      return serve(request, options);
    });

    await expect(watcher.evaluateChanged()).rejects.toThrow(
      'catalog unavailable',
    );
    await expect(
      store.getScorecard('dataproduct:default/orders'),
    ).resolves.toBeUndefined();

    catalogDown = false;
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    await expect(
      store.getScorecard('dataproduct:default/orders'),
    ).resolves.toMatchObject({ level: expect.any(String) });
  });

  it('re-evaluates a product when its contract arrives after it', async () => {
    const entities = [salesData, sales, stored(ordersProduct, 'v1')];
    const { watcher, ruleState } = await setUp(entities);
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    await expect(ruleState('orders', 'ports-have-contracts')).resolves.toBe(
      'fail',
    );

    // The product's own etag stays; only the API entity is new.
    entities.push(ordersContract);
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    await expect(ruleState('orders', 'ports-have-contracts')).resolves.toBe(
      'pass',
    );
    await expect(watcher.evaluateChanged()).resolves.toBe(0);
  });

  it('re-evaluates the consumers of an edited upstream product, not the reverse', async () => {
    const billing = stored(
      { ...ordersProduct, metadata: { name: 'billing' } },
      'v1',
    );
    const orders = stored(ordersProduct, 'v1');
    (orders.spec as any).inputPorts = [
      { name: 'bills', dataProduct: 'billing' },
    ];
    const entities = [salesData, sales, ordersContract, billing, orders];
    const { watcher, ruleState } = await setUp(entities);
    await expect(watcher.evaluateChanged()).resolves.toBe(2);
    await expect(ruleState('orders', 'no-retired-inputs')).resolves.toBe(
      'pass',
    );

    // Billing's owner retires it: billing and its consumer orders re-score.
    billing.metadata.etag = 'v2';
    (billing.spec as any).status = 'retired';
    await expect(watcher.evaluateChanged()).resolves.toBe(2);
    await expect(ruleState('orders', 'no-retired-inputs')).resolves.toBe(
      'fail',
    );

    // An edit of the consumer does not touch what billing's rules read.
    orders.metadata.etag = 'v2';
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
  });

  it('re-evaluates a product when its owner group leaves the catalog', async () => {
    const entities = [
      salesData,
      sales,
      ordersContract,
      stored(ordersProduct, 'v1'),
    ];
    const { watcher, ruleState } = await setUp(entities);
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    await expect(ruleState('orders', 'has-owner')).resolves.toBe('pass');

    entities.splice(entities.indexOf(salesData), 1);
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    await expect(ruleState('orders', 'has-owner')).resolves.toBe('fail');
  });

  it('evaluates nothing when neither the products nor what they name changed', async () => {
    const unrelated = stored(entity('API', 'unrelated'), 'v1');
    const entities = [salesData, sales, ordersContract, unrelated];
    entities.push(stored(ordersProduct, 'v1'));
    const { watcher, evaluator } = await setUp(entities);
    await expect(watcher.evaluateChanged()).resolves.toBe(1);
    const evaluate = jest.spyOn(evaluator, 'evaluateProducts');

    await expect(watcher.evaluateChanged()).resolves.toBe(0);
    // An entity no product names changes: still nothing to score.
    unrelated.metadata.etag = 'v2';
    await expect(watcher.evaluateChanged()).resolves.toBe(0);
    expect(evaluate).not.toHaveBeenCalled();
  });

  it('reads products by the page and their targets in batches, not one entity at a time', async () => {
    // 2,500 products, each with an owner among 10 groups, one domain, its
    // own contract and the previous product upstream.
    const entities: Entity[] = [stored(entity('Domain', 'sales'), 'v1')];
    for (let g = 0; g < 10; g++) {
      entities.push(stored(entity('Group', `team-${g}`), 'v1'));
    }
    for (let i = 0; i < 2500; i++) {
      entities.push(stored(entity('API', `contract-${i}`), 'v1'));
      const spec = {
        ...ordersProduct.spec,
        owner: `team-${i % 10}`,
        outputPorts: [{ name: 'table', contract: `api:contract-${i}` }],
        inputPorts: i ? [{ name: 'in', dataProduct: `product-${i - 1}` }] : [],
      };
      entities.push(
        stored(entity('DataProduct', `product-${i}`, { spec }), 'v1'),
      );
    }
    const catalog = liveCatalog(entities);
    const evaluateProducts = jest.fn(async (refs: string[]) => refs.length);
    const watcher = ChangedProductsWatcher.create({
      catalog,
      auth: mockServices.auth(),
      evaluator: { evaluateProducts } as unknown as ScorecardEvaluator,
      store: {
        storedProductRefs: async () => [],
        deleteScorecards: async () => 0,
      },
      logger: mockServices.logger.mock(),
    });
    await expect(watcher.evaluateChanged()).resolves.toBe(2500);
    catalog.queryEntities.mockClear();
    catalog.getEntitiesByRefs.mockClear();

    await expect(watcher.evaluateChanged()).resolves.toBe(0);
    expect(catalog.queryEntities).toHaveBeenCalledTimes(3);
    // 2,511 groups, domains and contracts; upstreams come from the scan.
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(3);
    for (const [request] of catalog.getEntitiesByRefs.mock.calls) {
      expect(request.entityRefs.length).toBeLessThanOrEqual(1000);
      expect(request.fields).toContain('metadata.etag');
    }
    expect(evaluateProducts).toHaveBeenCalledTimes(1);
  });
});
