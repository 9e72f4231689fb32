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
import type {
  DataProductChange,
  DataProductChangeRecord,
} from '@meshwork/plugin-data-products-common';
import { stringify } from 'yaml';
import {
  changeNeighbours,
  kpisReader,
  ordersContract,
  versionedOrders,
} from '../__testUtils__/changeFixtures';
import { entity } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const orders = 'dataproduct:default/orders';
const salaries = 'dataproduct:default/salaries';
const kpis = 'dataproduct:default/kpis';
const payroll = 'dataproduct:default/payroll';
const jane = mockCredentials.user.header('user:default/jane');
const outsider = mockCredentials.user.header('user:default/oliver.grant');

/** A reader of orders that only jane may see. */
const payrollReader = {
  ...kpisReader,
  metadata: { name: 'payroll', namespace: 'default', title: 'Payroll' },
  spec: { ...kpisReader.spec, owner: 'hr-data' },
};
const salariesProduct = entity('DataProduct', 'salaries', {
  spec: { owner: 'hr-data', domain: 'hr', status: 'active' },
});

const removed = (
  severity: DataProductChange['severity'],
  column: string,
): DataProductChange => ({
  severity,
  kind: severity === 'breaking' ? 'column-removed' : 'port-deprecated',
  field: 'spec.outputPorts[0]',
  port: 'table v1.0.0',
  portKey: 'table@1',
  message: `column orders.${column} was removed`,
  readers: [kpis, payroll],
});

const seen = (
  n: number,
  entityRef: string,
  changes: DataProductChange[],
): DataProductChangeRecord => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  entityRef,
  detectedAt: new Date(Date.UTC(2026, 11, n, 8)).toISOString(),
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  changes,
  unversioned: changes.filter(c => c.severity === 'breaking').length,
});

describe('the changes seen in the catalog, and those a dry run would make', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [
        ...changeNeighbours,
        entity('Group', 'hr-data'),
        entity('Domain', 'hr'),
        versionedOrders(),
        ordersContract(),
        kpisReader,
        payrollReader,
        salariesProduct,
      ],
      policy: () => true,
      mayRead: (ref, user) =>
        user === 'user:default/jane' || ![salaries, payroll].includes(ref),
    });
    await router.changes.record(
      [],
      [
        seen(1, orders, [removed('notable', 'note')]),
        seen(2, salaries, [removed('breaking', 'salary')]),
        seen(3, orders, [
          removed('breaking', 'customer_id'),
          removed('notable', 'note'),
        ]),
      ],
      new Date(),
    );
  });
  afterAll(() => router.close());

  it('lists the changes newest first, leaving out hidden products and naming no hidden reader', async () => {
    const listed = await router.call('GET', '/changes', outsider);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((i: any) => i.detectedAt)).toEqual([
      '2026-12-03T08:00:00.000Z',
      '2026-12-01T08:00:00.000Z',
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(/salaries|payroll/);
    expect(listed.body.items[0].changes[0].readers).toEqual([kpis]);

    const all = await router.call('GET', '/changes', jane);
    expect(all.body.items.map((i: any) => i.entityRef)).toEqual([
      orders,
      salaries,
      orders,
    ]);
    expect(all.body.items[0].changes[0].readers).toEqual([kpis, payroll]);
    const hidden = await router.call(
      'GET',
      '/changes?entityRef=salaries',
      outsider,
    );
    expect(hidden.body).toEqual({ items: [] });
  });

  it('pages on the server, one product’s or the breaking ones only', async () => {
    const first = await router.call('GET', '/changes?limit=1', jane);
    expect(first.body.items).toHaveLength(1);
    const second = await router.call(
      'GET',
      `/changes?limit=1&cursor=${first.body.nextCursor}`,
      jane,
    );
    expect(second.body.items[0].entityRef).toBe(salaries);

    const breaking = await router.call(
      'GET',
      '/changes?severity=breaking&entityRef=orders',
      jane,
    );
    expect(breaking.body.items).toEqual([
      expect.objectContaining({
        entityRef: orders,
        changes: [expect.objectContaining({ kind: 'column-removed' })],
        unversioned: 1,
      }),
    ]);

    const wrong = await router.call('GET', '/changes?severity=minor', jane);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/^severity: /);
  });

  it('compares a posted product with the version the catalog holds, naming the readers the caller may read', async () => {
    const yaml = [
      stringify(versionedOrders()),
      stringify(ordersContract({ columns: ['order_id', 'amount'] })),
      stringify({
        ...salariesProduct,
        spec: { ...salariesProduct.spec, status: 'retired' },
      }),
    ].join('---\n');
    const response = await router.call('POST', '/evaluate', outsider, yaml);
    expect(response.status).toBe(200);
    const [ordersRun, salariesRun] = response.body.items;
    expect(ordersRun).toMatchObject({ entityRef: orders, level: 'silver' });
    expect(ordersRun.changes).toEqual({
      changes: [
        expect.objectContaining({
          severity: 'breaking',
          kind: 'column-removed',
          message: 'column orders.customer_id was removed',
          readers: [kpis],
        }),
      ],
      unversioned: [expect.objectContaining({ kind: 'column-removed' })],
    });
    // Hidden from the caller: scored as a new product, compared with nothing.
    expect(salariesRun.entityRef).toBe(salaries);
    expect(salariesRun.changes).toBeUndefined();

    const unchanged = await router.call(
      'POST',
      '/evaluate',
      outsider,
      versionedOrders(),
    );
    expect(unchanged.body.items[0].changes).toEqual({
      changes: [],
      unversioned: [],
    });
  });
});
