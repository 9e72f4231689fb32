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

import type { DataProductEntityV1alpha1 } from '@meshwork/plugin-data-products-common';

/**
 * A product with two major versions of one output port side by side, as
 * ODPS allows, and three products reading it: one still pinned to the
 * deprecated v1, one pinned to v2, one reading the newest without a
 * version. Relations are the ones the catalog processor would emit.
 */

const ref = (name: string) => `dataproduct:default/${name}`;

function product(
  name: string,
  spec: Partial<DataProductEntityV1alpha1['spec']>,
  relations: Array<[string, string]>,
): DataProductEntityV1alpha1 {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name, namespace: 'default' },
    spec: {
      owner: 'group:sales-data',
      domain: 'sales',
      status: 'active',
      ...spec,
    },
    relations: relations.map(([type, target]) => ({
      type,
      targetRef: ref(target),
    })),
  };
}

export const CDC_V2_LOCATION =
  'kafka-prod.example.com:9092/sales.orders.cdc.v2?security.protocol=SASL_SSL&consumer.group.prefix=meshwork-readers';

export const ordersRaw = product(
  'orders-raw',
  {
    inputPorts: [{ name: 'oms-database' }],
    outputPorts: [
      {
        name: 'orders-cdc',
        version: '1.4.0',
        type: 'topic',
        description: 'Order line changes, amounts in order currency.',
        deprecated: true,
        server: {
          type: 'kafka',
          location: 'kafka-prod.example.com:9092/sales.orders.cdc.v1',
          environment: 'prod',
        },
        contract: 'api:orders-raw-cdc',
      },
      {
        name: 'orders-cdc',
        version: '2.0.0',
        type: 'topic',
        description: 'Order line changes, amounts in minor units.',
        server: {
          type: 'kafka',
          location: CDC_V2_LOCATION,
          environment: 'prod',
        },
        sla: { freshness: 'PT5M', availability: 99.9 },
        classification: 'confidential',
        contract: 'api:orders-raw-cdc-v2',
        accessRequest: { url: 'https://access.example.com/orders-cdc' },
      },
      { name: 'orders-table', version: '2.1.0', type: 'table' },
    ],
    managementPorts: [
      {
        name: 'pipeline-health',
        content: 'observability',
        type: 'dashboard',
        url: 'https://grafana.example.com/d/orders-raw',
      },
    ],
  },
  [
    ['dependencyOf', 'shipments-events'],
    ['dependencyOf', 'orders-daily'],
    ['dependencyOf', 'fraud-signals'],
  ],
);

/** Still on the deprecated v1. */
export const shipmentsEvents = product(
  'shipments-events',
  {
    inputPorts: [
      {
        name: 'orders',
        dataProduct: 'dataproduct:orders-raw',
        port: 'orders-cdc',
        version: '1.4.0',
      },
    ],
  },
  [['dependsOn', 'orders-raw']],
);

/** Pinned to v2 on one input, reading the newest table on another. */
export const ordersDailyReader = product(
  'orders-daily',
  {
    inputPorts: [
      {
        name: 'order-changes',
        dataProduct: 'orders-raw',
        port: 'orders-cdc',
        version: '2.0.0',
      },
      { name: 'order-lines', dataProduct: 'orders-raw', port: 'orders-table' },
    ],
  },
  [['dependsOn', 'orders-raw']],
);

/** Names no version: reads the newest port that is not deprecated, v2. */
export const fraudSignals = product(
  'fraud-signals',
  {
    inputPorts: [
      { name: 'orders', dataProduct: 'orders-raw', port: 'orders-cdc' },
    ],
  },
  [['dependsOn', 'orders-raw']],
);

export const portVersionMesh = [
  ordersRaw,
  shipmentsEvents,
  ordersDailyReader,
  fraudSignals,
];
