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
import {
  fraudSignals,
  ordersDailyReader,
  ordersRaw,
  shipmentsEvents,
} from '../__fixtures__/portVersionMesh';
import { edgeKey, lineagePortLabels } from './lineagePorts';
import { readersByPort } from './portReads';

const reader = (
  name: string,
  inputPorts: Array<Record<string, string>>,
): Entity => ({
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name, namespace: 'default' },
  spec: { inputPorts },
});

const names = (readers: Array<{ product: Entity }> | undefined) =>
  readers?.map(r => r.product.metadata.name);

describe('readersByPort', () => {
  it('puts each reader on the port version its input port resolves to', () => {
    const readers = readersByPort(ordersRaw, [
      shipmentsEvents,
      ordersDailyReader,
      fraudSignals,
    ]);
    expect(names(readers.get('orders-cdc@1'))).toEqual(['shipments-events']);
    expect(names(readers.get('orders-cdc@2'))).toEqual([
      'orders-daily',
      'fraud-signals',
    ]);
    expect(names(readers.get('orders-table@2'))).toEqual(['orders-daily']);
  });

  it('reads refs as the catalog does, and leaves out what reads nothing of this product', () => {
    const readers = readersByPort(ordersRaw, [
      reader('other', [
        // another namespace's orders-raw, a port it lacks, a malformed ref
        { name: 'a', dataProduct: 'ops/orders-raw', port: 'orders-cdc' },
        {
          name: 'b',
          dataProduct: 'orders-raw',
          port: 'orders-cdc',
          version: '3.0.0',
        },
        { name: 'c', dataProduct: 'dataproduct:', port: 'orders-cdc' },
        { name: 'd', dataProduct: 'orders-raw' },
      ]),
      reader('loud', [
        {
          name: 'e',
          dataProduct: 'DataProduct:Default/Orders-Raw',
          port: 'orders-cdc',
          version: 'v1.0.0',
        },
      ]),
    ]);
    expect([...readers.keys()]).toEqual(['orders-cdc@1']);
    expect(readers.get('orders-cdc@1')?.map(r => r.inputPort.name)).toEqual([
      'e',
    ]);
  });
});

describe('lineagePortLabels', () => {
  it('labels each reader-to-upstream pair with the port versions read, or what is asked when the upstream is unknown', () => {
    const labels = lineagePortLabels([ordersRaw, ordersDailyReader]);
    expect(
      labels.get(
        edgeKey(
          'dataproduct:default/orders-daily',
          'DataProduct:default/orders-raw',
        ),
      ),
    ).toBe('orders-cdc v2.0.0, orders-table v2.1.0');

    const unknownUpstream = lineagePortLabels([shipmentsEvents]);
    expect([...unknownUpstream]).toEqual([
      [
        edgeKey(
          'dataproduct:default/shipments-events',
          'dataproduct:default/orders-raw',
        ),
        'orders-cdc v1.4.0',
      ],
    ]);
  });
});
