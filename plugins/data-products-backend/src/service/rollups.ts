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
  ScorecardRollup,
} from '@meshwork/plugin-data-products-common';
import type { ScorecardRollupRow } from '../database/ScorecardStore';
import type { PreviousRollupRow } from '../database/rollupTrend';

// Moved to -common for the frontend; still importable from here.
export type { ScorecardRollup } from '@meshwork/plugin-data-products-common';

const MOST_FAILED = 5;

interface Tally {
  products: number;
  previous: { products: number; scoreSum: number };
  ownProducts: number;
  scoreSum: number;
  levels: Record<DataProductLevel, number>;
  failures: Map<string, number>;
}

function emptyTally(): Tally {
  return {
    products: 0,
    previous: { products: 0, scoreSum: 0 },
    ownProducts: 0,
    scoreSum: 0,
    levels: { none: 0, bronze: 0, silver: 0, gold: 0 },
    failures: new Map(),
  };
}

/** An average score to one decimal; undefined for no products. */
function averageOf(scoreSum: number, products: number): number | undefined {
  return products === 0
    ? undefined
    : Math.round((10 * scoreSum) / products) / 10;
}

/**
 * Rolls counted scorecards up per domain or owner. `ancestorsOf` gives the
 * groups a row also counts for (an owning group's parents, grandparents…),
 * so a department sees the products of all its teams. `previous` rows, the
 * same products scored at an earlier time, roll up the same way into
 * `previousAverageScore`.
 */
export function computeRollups(
  rows: ScorecardRollupRow[],
  ancestorsOf: (ref: string) => string[] = () => [],
  previous: PreviousRollupRow[] = [],
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
  for (const row of previous) {
    if (!row.groupRef) continue;
    for (const ref of [row.groupRef, ...ancestorsOf(row.groupRef)]) {
      const tally = tallies.get(ref);
      if (!tally) continue;
      tally.previous.products += row.products;
      tally.previous.scoreSum += row.scoreSum;
    }
  }
  return [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entityRef, tally]) => ({
      entityRef,
      products: tally.products,
      ownProducts: tally.ownProducts,
      levels: tally.levels,
      averageScore: averageOf(tally.scoreSum, tally.products) ?? 0,
      previousAverageScore: averageOf(
        tally.previous.scoreSum,
        tally.previous.products,
      ),
      mostFailedRules: [...tally.failures.entries()]
        .sort(([ra, a], [rb, b]) => b - a || ra.localeCompare(rb))
        .slice(0, MOST_FAILED)
        .map(([ruleId, products]) => ({ ruleId, products })),
    }));
}
