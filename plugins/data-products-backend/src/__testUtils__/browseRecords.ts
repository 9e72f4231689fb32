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
  DataProductLevel,
  RuleState,
} from '@meshwork/plugin-data-products-common';
import type { ScorecardRecord } from '../database/ScorecardStore';

function record(
  name: string,
  level: DataProductLevel,
  score: number,
  states: Record<string, RuleState>,
  fields: Omit<ScorecardRecord, 'scorecard'>,
): ScorecardRecord {
  return {
    scorecard: {
      entityRef: `dataproduct:default/${name}`,
      level,
      score,
      results: Object.entries(states).map(([ruleId, state]) => ({
        ruleId,
        title: ruleId,
        level: 'bronze',
        weight: 1,
        state,
      })),
    },
    ...fields,
  };
}

/**
 * Five products to browse: every filter value used by two at most, a
 * title with a literal %, one with _, one needing CSV quotes, and one
 * without domain or status (as stored before those columns existed).
 */
export const browseRecords: ScorecardRecord[] = [
  record(
    'orders',
    'gold',
    100,
    { 'has-owner': 'pass', 'has-docs': 'pass', 'sla-declared': 'pass' },
    {
      title: 'Orders',
      description: 'Every confirmed order line',
      domainRef: 'domain:default/sales',
      ownerRef: 'group:default/sales-orders-team',
      status: 'active',
      type: 'source-aligned',
      classification: 'internal',
      tags: ['sales', 'pii'],
    },
  ),
  record(
    'discounts',
    'silver',
    80,
    { 'has-owner': 'pass', 'has-docs': 'fail', 'sla-declared': 'pass' },
    {
      title: 'Discounts 50% report',
      domainRef: 'domain:default/sales',
      ownerRef: 'group:default/sales-data',
      status: 'draft',
      type: 'aggregate',
      classification: 'confidential',
      tags: ['sales'],
    },
  ),
  record(
    'customers',
    'bronze',
    60,
    { 'has-owner': 'pass', 'has-docs': 'fail', 'sla-declared': 'fail' },
    {
      title: 'Top 500 customers',
      description: 'Ranked by revenue',
      domainRef: 'domain:default/customer',
      ownerRef: 'group:default/customer-data',
      status: 'active',
      type: 'consumer-aligned',
      classification: 'restricted',
      tags: ['pii'],
    },
  ),
  record(
    'events',
    'none',
    20,
    { 'has-owner': 'fail', 'has-docs': 'fail', 'sla-declared': 'fail' },
    {
      title: 'raw_events',
      description: 'Click\\stream, unfiltered',
      ownerRef: 'user:default/jane',
      type: 'source-aligned',
      classification: 'public',
    },
  ),
  record(
    'ledger',
    'none',
    40,
    { 'has-owner': 'pass', 'has-docs': 'pass', 'sla-declared': 'fail' },
    {
      title: 'Ledger, "general"',
      description: 'Double-entry\nbook',
      domainRef: 'domain:default/finance',
      ownerRef: 'group:default/finance-data',
      status: 'active',
      type: 'aggregate',
      classification: 'internal',
      tags: ['finance'],
    },
  ),
];
