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
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PortIndex } from './PortIndex';

const product = (name: string, outputPorts: object[]): Entity => ({
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name, namespace: 'default' },
  spec: { owner: 'sales-data', outputPorts },
});

describe('PortIndex', () => {
  const catalog = catalogServiceMock({
    entities: [
      product('orders', [
        {
          name: 'table',
          server: {
            type: 'snowflake',
            location: 'acme.snowflakecomputing.com/SALES/CURATED/ORDERS',
          },
        },
        {
          name: 'events',
          server: { type: 'kafka', location: 'kafka:9092/sales.orders.v1' },
        },
      ]),
      product('archive', [
        {
          name: 'files',
          server: { type: 's3', location: 's3://acme-archive/orders/' },
        },
        {
          name: 'model',
          datasets: ['dbt:model.Shop.Orders_Archive', 'not a key'],
        },
      ]),
    ],
  });
  const index = PortIndex.create({
    catalog,
    auth: mockServices.auth(),
    ttlMs: 60_000,
  });
  const match = async (keys: string[]) =>
    (await index.current()).match(keys).map(t => `${t.entityRef}#${t.port}`);

  it('places a table by its relation, however many parts the tool names', async () => {
    expect(await match(['relation:sales.curated.orders'])).toEqual([
      'dataproduct:default/orders#table',
    ]);
    expect(await match(['relation:prod_db.sales.curated.orders'])).toEqual([
      'dataproduct:default/orders#table',
    ]);
    expect(await match(['relation:curated.orders'])).toEqual([
      'dataproduct:default/orders#table',
    ]);
    expect(await match(['relation:other.orders'])).toEqual([]);
  });

  it('places a topic, a file under a port’s path, and a key the owner declared', async () => {
    expect(await match(['topic:sales.orders.v1'])).toEqual([
      'dataproduct:default/orders#events',
    ]);
    expect(
      await match(['path:s3://acme-archive/orders/2026/12/part-0.parquet']),
    ).toEqual(['dataproduct:default/archive#files']);
    expect(await match(['path:s3://acme-archive/ordersx'])).toEqual([]);
    expect(await match(['dbt:model.shop.orders_archive'])).toEqual([
      'dataproduct:default/archive#model',
    ]);
  });

  it('places a datacontract-cli result by the port it names', async () => {
    expect(await match(['port:archive/files'])).toEqual([
      'dataproduct:default/archive#files',
    ]);
  });
});

describe('PortIndex.refreshed', () => {
  it('reads the catalog again for results no port claimed, unless it just did', async () => {
    const registered: Entity[] = [];
    const catalog = catalogServiceMock.mock({
      queryEntities: async () => ({
        items: [...registered],
        totalItems: registered.length,
        pageInfo: {},
      }),
    });
    const index = PortIndex.create({
      catalog,
      auth: mockServices.auth(),
      ttlMs: 60_000,
    });
    const before = await index.current();
    expect(before.match(['topic:returns.v1'])).toEqual([]);
    registered.push(
      product('returns', [
        {
          name: 'events',
          server: { type: 'kafka', location: 'kafka:9092/returns.v1' },
        },
      ]),
    );
    // read moments ago: kept
    expect(await index.refreshed(60_000)).toBe(before);
    const after = await index.refreshed(0);
    expect(after.match(['topic:returns.v1'])).toEqual([
      { entityRef: 'dataproduct:default/returns', port: 'events' },
    ]);
  });
});
