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
  DataProductListItem,
  DataProductListResponse,
  ScorecardRuleSummary,
} from '@meshwork/plugin-data-products-common';
import type { DataProductsApi } from '@meshwork/plugin-data-products-react';

/**
 * A DataProductsApi whose every method is a jest mock; the ones a test does
 * not set reject, so a component calling something unexpected shows it.
 */
export function mockDataProductsApi(
  overrides: Partial<DataProductsApi> = {},
): jest.Mocked<DataProductsApi> {
  const unexpected = (name: string) =>
    jest.fn(() => Promise.reject(new Error(`${name} was not mocked`)));
  const api = {
    listProducts: unexpected('listProducts'),
    getFacets: unexpected('getFacets'),
    getProductsCsv: unexpected('getProductsCsv'),
    getRules: unexpected('getRules'),
    listScorecards: unexpected('listScorecards'),
    getScorecard: unexpected('getScorecard'),
    getHistory: unexpected('getHistory'),
    evaluate: unexpected('evaluate'),
    getRollups: unexpected('getRollups'),
    dryRun: unexpected('dryRun'),
    reportFacts: unexpected('reportFacts'),
    pushRuns: unexpected('pushRuns'),
    getFacts: unexpected('getFacts'),
    listChanges: unexpected('listChanges'),
    listUnplacedResults: unexpected('listUnplacedResults'),
    getOdps: unexpected('getOdps'),
    getOdpsYaml: unexpected('getOdpsYaml'),
    listWaivers: unexpected('listWaivers'),
    getWaiver: unexpected('getWaiver'),
    getWaiverLimits: unexpected('getWaiverLimits'),
    requestWaiver: unexpected('requestWaiver'),
    decideWaiver: unexpected('decideWaiver'),
  } as unknown as jest.Mocked<DataProductsApi>;
  for (const [name, impl] of Object.entries(overrides)) {
    (api as any)[name] = jest.fn(impl as any);
  }
  // Unless a test pages itself: one page holding what listWaivers answers.
  if (!overrides.listWaiverPage) {
    api.listWaiverPage = jest.fn(async query => ({
      items: await api.listWaivers(query),
    }));
  }
  return api;
}

/** A listed product, `orders-daily` of sales unless told otherwise. */
export function listItem(
  overrides: Partial<DataProductListItem> = {},
): DataProductListItem {
  return {
    entityRef: 'dataproduct:default/orders-daily',
    name: 'orders-daily',
    title: 'Orders daily',
    description: 'Every confirmed order line, refreshed nightly.',
    domainRef: 'domain:default/sales',
    ownerRef: 'group:default/sales-data',
    status: 'active',
    type: 'source-aligned',
    classification: 'confidential',
    tags: ['orders', 'finance'],
    level: 'silver',
    score: 82,
    failingRuleIds: ['sla-declared'],
    states: { 'has-owner': 'pass', 'sla-declared': 'fail' },
    evaluatedAt: '2026-11-21T08:00:00.000Z',
    ...overrides,
  };
}

export function listResponse(
  items: DataProductListItem[],
  window: { offset?: number; limit?: number; totalCount?: number } = {},
): DataProductListResponse {
  return {
    items,
    offset: window.offset ?? 0,
    limit: window.limit ?? 25,
    totalCount: window.totalCount ?? items.length,
  };
}

export const sampleRules: ScorecardRuleSummary[] = [
  {
    id: 'has-owner',
    title: 'Has an owner',
    description: 'Set spec.owner to the group that answers for the product.',
    level: 'bronze',
    weight: 1,
    reads: ['catalog'],
  },
  {
    id: 'sla-declared',
    title: 'Output ports declare an SLA',
    description: 'Give every output port sla.freshness, e.g. PT24H.',
    level: 'silver',
    weight: 1,
    reads: [],
  },
];
