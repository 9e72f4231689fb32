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

import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorCache } from '@backstage/plugin-catalog-node';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import { CATALOG_CHANGES_TOPIC } from '@meshwork/plugin-data-products-node';
import { CatalogChangesProcessor } from './CatalogChangesProcessor';
import { ChangedEntitiesPublisher } from './ChangedEntitiesPublisher';

/** The catalog's per-entity cache, kept between passes as the catalog keeps it. */
function entityCache(): CatalogProcessorCache {
  const values = new Map<string, any>();
  return {
    get: async key => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
  };
}

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};
const product = (description: string): Entity => ({
  apiVersion: 'meshwork.io/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'orders', description, tags: ['sales'] },
  spec: { owner: 'group:sales-data', domain: 'sales' },
});

describe('CatalogChangesProcessor', () => {
  it('reports an entity the first time it is processed and after each edit, not on passes that change nothing', async () => {
    const changed: string[] = [];
    const processor = new CatalogChangesProcessor(ref => changed.push(ref));
    const cache = entityCache();
    const pass = (entity: Entity) =>
      processor.postProcessEntity(entity, location, jest.fn(), cache);

    await pass(product('Orders'));
    await pass(product('Orders'));
    await pass(product('Orders'));
    expect(changed).toEqual(['dataproduct:default/orders']);

    await pass(product('Orders, placed and paid'));
    expect(changed).toHaveLength(2);
  });

  it('reports the kinds a scorecard reads, and no others', async () => {
    const changed: string[] = [];
    const processor = new CatalogChangesProcessor(ref => changed.push(ref));
    for (const kind of [
      'API',
      'Group',
      'User',
      'Domain',
      'Component',
      'Location',
    ]) {
      await processor.postProcessEntity(
        { apiVersion: 'backstage.io/v1alpha1', kind, metadata: { name: 'x' } },
        location,
        jest.fn(),
        entityCache(),
      );
    }
    expect(changed).toEqual([
      'api:default/x',
      'group:default/x',
      'user:default/x',
      'domain:default/x',
    ]);
  });
});

describe('ChangedEntitiesPublisher', () => {
  it('publishes the refs gathered in a moment as one event, a thousand at most', async () => {
    const logger = mockServices.logger.mock();
    const events = DefaultEventsService.create({ logger });
    const received: string[][] = [];
    await events.subscribe({
      id: 'test',
      topics: [CATALOG_CHANGES_TOPIC],
      onEvent: async ({ eventPayload }) => {
        received.push((eventPayload as { entityRefs: string[] }).entityRefs);
      },
    });
    const publisher = new ChangedEntitiesPublisher({ events, logger });
    for (let i = 0; i < 1500; i++) publisher.add(`api:default/c-${i}`);
    publisher.add('api:default/c-0');
    await publisher.flush();
    expect(received.map(refs => refs.length)).toEqual([1000, 500]);
  });

  it('logs, and does not throw into the catalog processing, when publishing fails', async () => {
    const logger = mockServices.logger.mock();
    const publisher = new ChangedEntitiesPublisher({
      events: {
        publish: async () => {
          throw new Error('bus down');
        },
        subscribe: async () => {},
      },
      logger,
    });
    publisher.add('api:default/orders');
    await expect(publisher.flush()).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('bus down'),
    );
  });
});
