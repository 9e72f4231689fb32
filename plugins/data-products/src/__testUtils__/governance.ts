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

import type {
  DataProductChangeRecord,
  DataProductFacets,
  DataProductWaiver,
} from '@meshwork/plugin-data-products-common';

/** Facets with every list empty but those given. */
export function facetsOf(
  overrides: Partial<DataProductFacets> = {},
): DataProductFacets {
  return {
    domain: [],
    owner: [],
    status: [],
    type: [],
    level: [],
    classification: [],
    tag: [],
    failing: [],
    ...overrides,
  };
}

/** A waiver of `sla-declared` for `orders-daily`, waiting for a decision. */
export function requestedWaiver(
  overrides: Partial<DataProductWaiver> = {},
): DataProductWaiver {
  return {
    id: 'w-1',
    entityRef: 'dataproduct:default/orders-daily',
    ruleId: 'sla-declared',
    justification:
      'The upstream ERP publishes no SLA until the migration ends.',
    status: 'requested',
    expiresAt: '2027-01-31T00:00:00.000Z',
    requestedBy: 'user:default/ana',
    requestedAt: '2026-11-20T09:30:00.000Z',
    events: [
      {
        action: 'requested',
        actor: 'user:default/ana',
        at: '2026-11-20T09:30:00.000Z',
      },
    ],
    ...overrides,
  };
}

/**
 * A column of `orders-daily`'s port removed without a new major version,
 * read by `revenue-weekly`: what GET /changes?severity=breaking answers.
 */
export function breakingChangeRecord(
  overrides: Partial<DataProductChangeRecord> = {},
): DataProductChangeRecord {
  return {
    id: 'chg-1',
    entityRef: 'dataproduct:default/orders-daily',
    detectedAt: '2026-12-07T02:00:00.000Z',
    fromVersion: '1.4.0',
    toVersion: '1.5.0',
    changes: [
      {
        severity: 'breaking',
        kind: 'column-removed',
        field: 'api:default/orders-daily-contract › schema[0].properties[1]',
        port: 'orders v1.2.0',
        portKey: 'orders@1',
        message: 'column orders.customer_id was removed',
        readers: ['dataproduct:default/revenue-weekly'],
      },
    ],
    unversioned: 1,
    ...overrides,
  };
}
