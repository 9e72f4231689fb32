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

import { computeRollups } from './rollups';

describe('computeRollups', () => {
  const rows = [
    {
      groupRef: 'group:default/sales-orders-team',
      level: 'gold' as const,
      failingRuleIds: [],
      products: 2,
      scoreSum: 200,
    },
    {
      groupRef: 'group:default/sales-orders-team',
      level: 'bronze' as const,
      failingRuleIds: ['has-docs', 'is-versioned'],
      products: 1,
      scoreSum: 60,
    },
    {
      groupRef: 'group:default/sales-data',
      level: 'none' as const,
      failingRuleIds: ['has-docs'],
      products: 1,
      scoreSum: 30,
    },
    {
      groupRef: 'group:default/finance-data',
      level: 'silver' as const,
      failingRuleIds: [],
      products: 3,
      scoreSum: 270,
    },
    {
      groupRef: undefined,
      level: 'none' as const,
      failingRuleIds: [],
      products: 5,
      scoreSum: 0,
    },
  ];
  const parents: Record<string, string[]> = {
    'group:default/sales-orders-team': [
      'group:default/sales-data',
      'group:default/org',
    ],
    'group:default/sales-data': ['group:default/org'],
    'group:default/finance-data': ['group:default/org'],
  };

  it('counts each product for its owner and every group above it', () => {
    const rollups = computeRollups(rows, ref => parents[ref] ?? []);
    const byRef = Object.fromEntries(rollups.map(r => [r.entityRef, r]));
    expect(Object.keys(byRef)).toEqual([
      'group:default/finance-data',
      'group:default/org',
      'group:default/sales-data',
      'group:default/sales-orders-team',
    ]);
    expect(byRef['group:default/sales-data']).toEqual({
      entityRef: 'group:default/sales-data',
      products: 4,
      ownProducts: 1,
      levels: { none: 1, bronze: 1, silver: 0, gold: 2 },
      averageScore: 72.5,
      mostFailedRules: [
        { ruleId: 'has-docs', products: 2 },
        { ruleId: 'is-versioned', products: 1 },
      ],
    });
    expect(byRef['group:default/org']).toMatchObject({
      products: 7,
      ownProducts: 0,
      levels: { none: 1, bronze: 1, silver: 3, gold: 2 },
    });
  });

  it('rolls a domain up on its own, leaving out products without one', () => {
    const rollups = computeRollups(rows.slice(3));
    expect(rollups).toEqual([
      {
        entityRef: 'group:default/finance-data',
        products: 3,
        ownProducts: 3,
        levels: { none: 0, bronze: 0, silver: 3, gold: 0 },
        averageScore: 90,
        mostFailedRules: [],
      },
    ]);
  });

  it('averages the same products as they scored earlier, leaving out those without a score then', () => {
    const previous = [
      {
        groupRef: 'group:default/sales-orders-team',
        products: 2,
        scoreSum: 100,
      },
      { groupRef: 'group:default/sales-data', products: 1, scoreSum: 20 },
      { groupRef: undefined, products: 4, scoreSum: 400 },
    ];
    const rollups = computeRollups(rows, ref => parents[ref] ?? [], previous);
    const previousOf = Object.fromEntries(
      rollups.map(r => [r.entityRef, r.previousAverageScore]),
    );
    expect(previousOf).toEqual({
      'group:default/finance-data': undefined,
      'group:default/org': 40,
      'group:default/sales-data': 40,
      'group:default/sales-orders-team': 50,
    });
  });
});
