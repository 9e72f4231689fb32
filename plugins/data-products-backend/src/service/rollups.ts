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

import type { DataProductLevel } from '@meshwork/plugin-data-products-common';
import type { ScorecardRollupRow } from '../database/DatabaseScorecardStore';

const MOST_FAILED = 5;

/** How the products of one domain or owning group score. @public */
export interface ScorecardRollup {
  entityRef: string;
  /** Products counted, including those of sub-groups for an owner rollup. */
  products: number;
  /** Products this group owns itself (owner rollups). */
  ownProducts: number;
  levels: Record<DataProductLevel, number>;
  averageScore: number;
  /** The rules failed by most products, most first. */
  mostFailedRules: Array<{ ruleId: string; products: number }>;
}

interface Tally {
  products: number;
  ownProducts: number;
  scoreSum: number;
  levels: Record<DataProductLevel, number>;
  failures: Map<string, number>;
}

function emptyTally(): Tally {
  return {
    products: 0,
    ownProducts: 0,
    scoreSum: 0,
    levels: { none: 0, bronze: 0, silver: 0, gold: 0 },
    failures: new Map(),
  };
}

/**
 * Rolls counted scorecards up per domain or owner. `ancestorsOf` gives the
 * groups a row also counts for (an owning group's parents, grandparents…),
 * so a department sees the products of all its teams.
 */
export function computeRollups(
  rows: ScorecardRollupRow[],
  ancestorsOf: (ref: string) => string[] = () => [],
): ScorecardRollup[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (ref: string) => {
    let tally = tallies.get(ref);
    if (!tally) tallies.set(ref, (tally = emptyTally()));
    return tally;
  };
  for (const row of rows) {
    if (!row.groupRef) continue;
    tallyOf(row.groupRef).ownProducts += row.products;
    for (const ref of [row.groupRef, ...ancestorsOf(row.groupRef)]) {
      const tally = tallyOf(ref);
      tally.products += row.products;
      tally.scoreSum += row.scoreSum;
      tally.levels[row.level] += row.products;
      for (const ruleId of row.failingRuleIds) {
        tally.failures.set(
          ruleId,
          (tally.failures.get(ruleId) ?? 0) + row.products,
        );
      }
    }
  }
  return [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entityRef, tally]) => ({
      entityRef,
      products: tally.products,
      ownProducts: tally.ownProducts,
      levels: tally.levels,
      averageScore:
        tally.products === 0
          ? 0
          : Math.round((10 * tally.scoreSum) / tally.products) / 10,
      mostFailedRules: [...tally.failures.entries()]
        .sort(([ra, a], [rb, b]) => b - a || ra.localeCompare(rb))
        .slice(0, MOST_FAILED)
        .map(([ruleId, products]) => ({ ruleId, products })),
    }));
}
