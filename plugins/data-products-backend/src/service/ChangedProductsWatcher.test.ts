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
import { DefaultEventsService } from '@backstage/plugin-events-node';
import { CATALOG_CHANGES_TOPIC } from '@meshwork/plugin-data-products-node';
import { DatabaseChangeQueue } from '../database/DatabaseChangeQueue';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { ChangedProductsWatcher } from './ChangedProductsWatcher';
import { queueCatalogChanges } from './queueCatalogChanges';
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

/** Seconds from now: the watcher is given the time of each look. */
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);

/**
 * A watcher and a real evaluator over a live catalog of `entities`, with the
 * change queue on a real database, fed as the catalog module feeds it: by
 * events on an in-process events service.
 */
async function setUp(entities: Entity[]) {
  const knex = await databases.init('SQLITE_3');
  const database = { getClient: async () => knex };
  const store = await DatabaseScorecardStore.create({ database });
  const queue = await DatabaseChangeQueue.create({ database });
  const logger = mockServices.logger.mock();
  const events = DefaultEventsService.create({ logger });
  await queueCatalogChanges({ events, queue, logger });
  const catalog = liveCatalog(entities);
  const evaluator = ScorecardEvaluator.create({
    catalog,
    auth: mockServices.auth(),
    logger,
    rules: builtinRules,
    store,
    facts: await DatabaseFactStore.create({ database }),
    waivers: await DatabaseWaiverStore.create({ database }),
  });
  const watcherOn = () =>
    ChangedProductsWatcher.create({
      catalog,
      auth: mockServices.auth(),
      evaluator,
      store,
      queue,
      logger,
    });
  const watcher = watcherOn();
  /** The catalog module's report of changed entities. */
  const processed = (...refs: string[]) =>
    events.publish({
      topic: CATALOG_CHANGES_TOPIC,
      eventPayload: { entityRefs: refs },
    });
  const ruleState = async (product: string, ruleId: string) =>
    (await store.getScorecard(`dataproduct:default/${product}`))?.results.find(
      r => r.ruleId === ruleId,
    )?.state;
  return {
    catalog,
    evaluator,
    store,
    watcher,
    watcherOn,
    processed,
    ruleState,
  };
}

const [salesData, sales, ordersContract] = ordersNeighbours.map(e =>
  stored(e, 'v1'),
);
const ORDERS = 'dataproduct:default/orders';

describe('ChangedProductsWatcher', () => {
  it('evaluates an edited product a moment after the catalog processed it, and once more 30 s later', async () => {
    const orders = stored(ordersProduct, 'v1');
    const entities = [salesData, sales, ordersContract, orders];
    const { watcher, processed, ruleState } = await setUp(entities);

    await processed(ORDERS);
    // The catalog stores the processed entity just after it reports it.
    await expect(watcher.evaluateChanged(inSeconds(0))).resolves.toBe(0);
    await expect(watcher.evaluateChanged(inSeconds(3))).resolves.toBe(1);
    await expect(ruleState('orders', 'has-steward')).resolves.toBe('pass');

    // The owner drops the steward.
    (orders.spec as any).team = [];
    await processed(ORDERS);
    await expect(watcher.evaluateChanged(inSeconds(3))).resolves.toBe(1);
    await expect(ruleState('orders', 'has-steward')).resolves.toBe('fail');
    await expect(watcher.evaluateChanged(inSeconds(4))).resolves.toBe(0);
    // The second look, for a catalog that stored the entity late.
    await expect(watcher.evaluateChanged(inSeconds(35))).resolves.toBe(1);
    await expect(watcher.evaluateChanged(inSeconds(70))).resolves.toBe(0);
  });

  it('evaluates a change once across replicas: the queue is shared', async () => {
    const entities = [salesData, sales, ordersContract];
    entities.push(stored(ordersProduct, 'v1'));
    const { watcher, watcherOn, processed } = await setUp(entities);
    const otherReplica = watcherOn();
    await processed(ORDERS);
    await expect(watcher.evaluateChanged(inSeconds(3))).resolves.toBe(1);
    await expect(otherReplica.evaluateChanged(inSeconds(3))).resolves.toBe(0);
  });

  it('re-evaluates a product when its contract arrives after it', async () => {
    const entities = [salesData, sales, stored(ordersProduct, 'v1')];
    const { watcher, processed, ruleState } = await setUp(entities);
    await processed(ORDERS);
    await watcher.evaluateChanged(inSeconds(3));
    await expect(ruleState('orders', 'ports-have-contracts')).resolves.toBe(
      'fail',
    );

    // The product is unchanged; only the API entity is new.
    entities.push(ordersContract);
    await processed(stringifyEntityRef(ordersContract));
    await expect(watcher.evaluateChanged(inSeconds(3))).resolves.toBe(1);
    await expect(ruleState('orders', 'ports-have-contracts')).resolves.toBe(
      'pass',
    );
  });

  it('re-evaluates the readers of an edited upstream product, not the reverse', async () => {
    const billing = stored(
      { ...ordersProduct, metadata: { name: 'billing' } },
      'v1',
    );
    const orders = stored(ordersProduct, 'v1');
    (orders.spec as any).inputPorts = [
      { name: 'bills', dataProduct: 'billing' },
    ];
    const entities = [salesData, sales, ordersContract, billing, orders];
    const { watcher, processed, ruleState } = await setUp(entities);
    await processed(ORDERS, 'dataproduct:default/billing');
    await expect(watcher.evaluateChanged(inSeconds(3))).resolves.toBe(2);
    await expect(ruleState('orders', 'no-retired-inputs')).resolves.toBe(
      'pass',
    );

    // Billing's owner retires it: billing and its reader orders re-score.
    (billing.spec as any).status = 'retired';
    await processed('dataproduct:default/billing');
    await expect(watcher.evaluateChanged(inSeconds(3))).resolves.toBe(2);
    await expect(ruleState('orders', 'no-retired-inputs')).resolves.toBe(
      'fail',
    );

    // The second looks of the retirement.
    await expect(watcher.evaluateChanged(inSeconds(40))).resolves.toBe(2);
    // An edit of the reader does not touch what billing's rules read.
    await processed(ORDERS);
    await expect(watcher.evaluateChanged(inSeconds(43))).resolves.toBe(1);
  });

  it('re-evaluates the products of an edited owner group', async () => {
    const entities = [salesData, sales, ordersContract];
    entities.push(stored(ordersProduct, 'v1'));
    const { watcher, processed } = await setUp(entities);
    await processed(stringifyEntityRef(salesData));
    await expect(watcher.evaluateChanged(inSeconds(3))).resolves.toBe(1);
  });

  it('takes a product deleted from the catalog out of every listing at the next look, keeping its history', async () => {
    const orders = stored(ordersProduct, 'v1');
    const payments = stored(
      entity('DataProduct', 'payments', { spec: ordersProduct.spec }),
      'v1',
    );
    const entities = [salesData, sales, ordersContract, orders, payments];
    const { watcher, store, processed } = await setUp(entities);
    await processed(ORDERS, 'dataproduct:default/payments');
    await watcher.evaluateChanged(inSeconds(3));
    await expect(store.storedProductRefs()).resolves.toEqual([
      ORDERS,
      'dataproduct:default/payments',
    ]);

    entities.splice(entities.indexOf(payments), 1);
    await watcher.evaluateChanged(inSeconds(4));
    await expect(store.storedProductRefs()).resolves.toEqual([ORDERS]);
    await expect(
      store.getHistory('dataproduct:default/payments'),
    ).resolves.toHaveLength(1);
  });

  it('removes at its first look the stored products no longer in the catalog', async () => {
    const { watcher, store } = await setUp([salesData, sales]);
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
    await watcher.evaluateChanged(inSeconds(3));
    await expect(store.storedProductRefs()).resolves.toEqual([]);
  });

  it('keeps a change queued when evaluating it failed, and evaluates it at the next look', async () => {
    const entities = [salesData, sales, ordersContract];
    entities.push(stored(ordersProduct, 'v1'));
    const { catalog, watcher, store, processed } = await setUp(entities);
    const serve = catalog.getEntitiesByRefs.getMockImplementation()!;
    let catalogDown = true;
    catalog.getEntitiesByRefs.mockImplementation(async (request, options) => {
      if (catalogDown) throw new Error('catalog unavailable');
      return serve(request, options);
    });
    await processed(ORDERS);

    await expect(watcher.evaluateChanged(inSeconds(3))).rejects.toThrow(
      'catalog unavailable',
    );
    await expect(store.getScorecard(ORDERS)).resolves.toBeUndefined();

    catalogDown = false;
    await expect(watcher.evaluateChanged(inSeconds(4))).resolves.toBe(1);
    await expect(store.getScorecard(ORDERS)).resolves.toMatchObject({
      level: expect.any(String),
    });
  });

  it('costs an idle catalog one count, whatever its size', async () => {
    const entities: Entity[] = [salesData, sales];
    for (let i = 0; i < 2000; i++) {
      const spec = { ...ordersProduct.spec, outputPorts: [] };
      entities.push(
        stored(entity('DataProduct', `product-${i}`, { spec }), 'v1'),
      );
    }
    const { catalog, watcher, evaluator } = await setUp(entities);
    await watcher.evaluateChanged(inSeconds(0));
    await evaluator.evaluateAll();
    await watcher.evaluateChanged(inSeconds(0));
    catalog.queryEntities.mockClear();
    catalog.getEntitiesByRefs.mockClear();

    await expect(watcher.evaluateChanged(inSeconds(5))).resolves.toBe(0);
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    expect(catalog.queryEntities).toHaveBeenCalledTimes(1);
    expect(catalog.queryEntities.mock.calls[0][0]).toMatchObject({ limit: 1 });
  });
});
