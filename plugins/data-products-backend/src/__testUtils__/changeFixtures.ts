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
import { entity, ordersNeighbours, ordersProduct } from './fixtures';

/** The columns of the orders contract, as its first version has them. */
export const ORDER_COLUMNS = ['order_id', 'customer_id', 'amount'];

/**
 * The orders contract as an API entity of `spec.type: odcs`, with the etag
 * the catalog gives each stored version of an entity.
 */
export function ordersContract(
  options: { columns?: string[]; etag?: string; name?: string } = {},
): Entity {
  const name = options.name ?? 'orders-contract';
  const columns = options.columns ?? ORDER_COLUMNS;
  return entity('API', name, {
    metadata: { name, namespace: 'default', etag: options.etag ?? 'etag-1' },
    spec: {
      type: 'odcs',
      lifecycle: 'production',
      owner: 'sales-data',
      definition: JSON.stringify({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: name,
        version: '1.0.0',
        status: 'active',
        schema: [
          {
            name: 'orders',
            properties: columns.map(column => ({
              name: column,
              logicalType: 'string',
            })),
          },
        ],
      }),
    },
  });
}

/** Orders' one output port, `table`, at version 1.0.0. */
export const ordersTablePort = {
  ...(ordersProduct.spec!.outputPorts as object[])[0],
  version: '1.0.0',
};

/** Orders, its table port at 1.0.0, with the spec changes given. */
export function versionedOrders(
  spec: Record<string, unknown> = {},
  ports: object[] = [ordersTablePort],
): Entity {
  return {
    ...ordersProduct,
    spec: { ...ordersProduct.spec, outputPorts: ports, ...spec },
  };
}

/** The port's next major, beside the old one deprecated, on a contract of its own. */
export function ordersWithNextMajor(): Entity {
  return versionedOrders({}, [
    { ...ordersTablePort, deprecated: true },
    {
      ...ordersTablePort,
      version: '2.0.0',
      contract: 'api:orders-contract-v2',
    },
  ]);
}

/** A product of another team that reads orders' table port, as the catalog relates it. */
export const kpisReader = entity('DataProduct', 'kpis', {
  metadata: { name: 'kpis', namespace: 'default', title: 'Executive KPIs' },
  spec: {
    owner: 'finance-data',
    domain: 'finance',
    status: 'active',
    inputPorts: [
      {
        name: 'orders',
        dataProduct: 'orders',
        port: 'table',
        version: '1.0.0',
      },
    ],
  },
  relations: [
    { type: 'dependsOn', targetRef: 'dataproduct:default/orders' },
    { type: 'ownedBy', targetRef: 'group:default/finance-data' },
  ],
});

/** What orders and its reader look up, but the contract. */
export const changeNeighbours: Entity[] = [
  ...ordersNeighbours.filter(e => e.kind !== 'API'),
  entity('Group', 'finance-data'),
  entity('Domain', 'finance'),
];
