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

import type { Entity } from '@backstage/catalog-model';
import { lineageKey, walkLineage } from './walkLineage';

const ref = (name: string) => `dataproduct:default/${name}`;
const product = (
  name: string,
  links: { dependsOn?: string[]; dependencyOf?: string[] },
): Entity => ({
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name, namespace: 'default' },
  spec: {},
  relations: [
    ...(links.dependsOn ?? []).map(target => ({
      type: 'dependsOn',
      targetRef: target.includes(':') ? target : ref(target),
    })),
    ...(links.dependencyOf ?? []).map(target => ({
      type: 'dependencyOf',
      targetRef: ref(target),
    })),
  ],
});

/** A catalog of products that records every batch it is asked for. */
function catalogOf(...products: Entity[]) {
  const byRef = new Map(products.map(p => [ref(p.metadata.name), p]));
  const batches: string[][] = [];
  const read = jest.fn(async (entityRefs: string[]) => {
    batches.push(entityRefs);
    return entityRefs.map(r => byRef.get(r));
  });
  return { read, batches };
}

// two sources feed orders-raw and customers, which orders-daily joins;
// returns-daily also reads orders-raw, revenue and churn read orders-daily
const ordersDaily = product('orders-daily', {
  dependsOn: ['orders-raw', 'customers'],
  dependencyOf: ['revenue', 'churn'],
});
const mesh = [
  ordersDaily,
  product('orders-raw', {
    dependsOn: ['pos-events'],
    dependencyOf: ['orders-daily', 'returns-daily'],
  }),
  product('customers', {
    dependsOn: ['crm-export'],
    dependencyOf: ['orders-daily'],
  }),
  product('pos-events', { dependsOn: ['tills'], dependencyOf: ['orders-raw'] }),
  product('crm-export', { dependencyOf: ['customers'] }),
  product('tills', { dependencyOf: ['pos-events'] }),
  product('returns-daily', { dependsOn: ['orders-raw'] }),
  product('revenue', {
    dependsOn: ['orders-daily', 'marketing-spend'],
    dependencyOf: ['board-pack'],
  }),
  product('churn', { dependsOn: ['orders-daily'] }),
  product('marketing-spend', { dependencyOf: ['revenue'] }),
  product('board-pack', { dependsOn: ['revenue'] }),
];

describe('walkLineage', () => {
  it('follows dependsOn up and dependencyOf down, one batch per hop, never to a sibling', async () => {
    const { read, batches } = catalogOf(...mesh);

    const lineage = await walkLineage(ordersDaily, 3, read);

    expect(lineage.upstream).toEqual([
      ref('orders-raw'),
      ref('customers'),
      ref('pos-events'),
      ref('crm-export'),
      ref('tills'),
    ]);
    expect(lineage.downstream).toEqual([
      ref('revenue'),
      ref('churn'),
      ref('board-pack'),
    ]);
    // hops one and two each way are read; the third is the graph's to read
    expect(batches).toEqual(
      expect.arrayContaining([
        [ref('orders-raw'), ref('customers')],
        [ref('pos-events'), ref('crm-export')],
        [ref('revenue'), ref('churn')],
        [ref('board-pack')],
      ]),
    );
    expect(batches).toHaveLength(4);
  });

  it('stops at maxDepth, and at one hop reads nothing', async () => {
    const { read } = catalogOf(...mesh);

    expect(await walkLineage(ordersDaily, 1, read)).toEqual({
      upstream: [ref('orders-raw'), ref('customers')],
      downstream: [ref('revenue'), ref('churn')],
    });
    expect(read).not.toHaveBeenCalled();

    const two = await walkLineage(ordersDaily, 2, read);
    expect(two.upstream).not.toContain(ref('tills'));
    expect(two.downstream).not.toContain(ref('marketing-spend'));
  });

  it('lists a product met twice once, and never the product itself', async () => {
    // a diamond (a -> b -> c, a -> c) and a cycle back to c
    const c = product('c', { dependsOn: ['a', 'b'], dependencyOf: ['a'] });
    const { read } = catalogOf(
      c,
      product('b', { dependsOn: ['a'] }),
      product('a', { dependsOn: ['c'] }),
    );

    const lineage = await walkLineage(c, 3, read);

    expect(lineage.upstream).toEqual([ref('a'), ref('b')]);
    expect(lineage.downstream).toEqual([ref('a')]);
  });

  it('leaves out products the catalog does not know, and other kinds', async () => {
    const p = product('p', {
      dependsOn: ['gone', 'component:default/etl-job', 'orders-raw'],
    });
    const { read } = catalogOf(p, product('orders-raw', {}));

    const lineage = await walkLineage(p, 2, read);

    expect(lineage.upstream).toEqual([ref('orders-raw')]);
    expect(read).toHaveBeenCalledWith([ref('gone'), ref('orders-raw')]);
  });

  it('passes on a catalog failure', async () => {
    const read = jest.fn().mockRejectedValue(new Error('Catalog unavailable'));
    await expect(walkLineage(ordersDaily, 2, read)).rejects.toThrow(
      'Catalog unavailable',
    );
  });
});

describe('lineageKey', () => {
  it('matches refs as the catalog does, whatever their case', () => {
    expect(lineageKey('DataProduct:default/Orders-Raw')).toBe(
      lineageKey(ref('orders-raw')),
    );
  });
});
