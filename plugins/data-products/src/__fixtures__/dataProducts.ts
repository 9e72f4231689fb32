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

export const ordersDaily: DataProductEntityV1alpha1 = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: {
    name: 'orders-daily',
    title: 'Orders (daily)',
    description: 'Every confirmed order line, refreshed nightly.',
  },
  spec: {
    owner: 'group:sales-data',
    domain: 'sales',
    status: 'active',
    type: 'aggregate',
    version: '2.1.0',
    purpose: 'Revenue reporting by day and region.',
    classification: 'confidential',
    containsPii: true,
    team: [{ user: 'user:jane', role: 'steward' }],
    support: [
      {
        channel: '#orders-data',
        url: 'https://chat.example.com/orders',
        scope: 'issues',
      },
    ],
    inputPorts: [
      {
        name: 'raw',
        dataProduct: 'dataproduct:orders-raw',
        port: 'orders-cdc',
      },
      { name: 'oms' },
    ],
    outputPorts: [
      {
        name: 'orders-v2',
        type: 'table',
        server: {
          type: 'snowflake',
          location: 'SALES.ORDERS_DAILY',
          environment: 'prod',
        },
        sla: { freshness: 'PT24H', availability: 99.5 },
        classification: 'restricted',
        containsPii: true,
        contract: 'api:orders-daily',
        accessRequest: { url: 'https://access.example.com/orders' },
      },
    ],
  },
};

export const sparseDraft: DataProductEntityV1alpha1 = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'basket-analysis' },
  spec: { owner: 'sales-data', domain: 'sales', status: 'deprecated' },
};
