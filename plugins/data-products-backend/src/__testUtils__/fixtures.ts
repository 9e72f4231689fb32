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
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import type { ScorecardRules } from '../service/ScorecardRules';

/** The built-in pack as the rules in force, for a service built by hand. */
export const builtinRules: ScorecardRules = {
  list: () => builtinScorecardRules,
};

/** A catalog entity of the example mesh's shape, in the default namespace. */
export const entity = (
  kind: string,
  name: string,
  extra: object = {},
): Entity => ({
  apiVersion:
    kind === 'DataProduct' ? 'meshwork.dev/v1alpha1' : 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  ...extra,
});

/** A product that meets every rule that needs no facts: silver without them. */
export const ordersProduct = entity('DataProduct', 'orders', {
  metadata: {
    name: 'orders',
    namespace: 'default',
    title: 'Orders',
    description:
      'Every confirmed order line, one row per line, refreshed nightly.',
    annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
  },
  spec: {
    owner: 'sales-data',
    domain: 'sales',
    status: 'active',
    version: '1.0.0',
    purpose: 'Revenue reporting.',
    classification: 'internal',
    team: [{ user: 'jane', role: 'steward' }],
    support: [{ channel: '#orders', url: 'https://chat.example.com/orders' }],
    outputPorts: [
      {
        name: 'table',
        contract: 'api:orders-contract',
        classification: 'internal',
        accessRequest: { autoApprove: true },
        sla: { freshness: 'PT24H', availability: 99 },
      },
    ],
  },
});

/** What the orders product looks up, as the catalog would hold it. */
export const ordersNeighbours = [
  entity('Group', 'sales-data'),
  entity('Domain', 'sales'),
  entity('API', 'orders-contract'),
];
