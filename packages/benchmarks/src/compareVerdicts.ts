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

import type { DataProductScorecard } from '@meshwork/plugin-data-products-common';
import type { FullEvaluationTiming } from './benchmarkFullEvaluation';

/** Our states that a true/false check can only show as true. */
const PASSING = new Set(['pass', 'exempt', 'not-applicable', 'warn']);

/**
 * Do the Tech Insights checks judge as our rules do? Counts (product, rule)
 * pairs where the check's result equals our state read as pass or fail.
 * Rules with no check (a rule added to the pack and not yet to
 * techInsightsChecks.ts) are not pairs: the report names them instead.
 */
export function compareVerdicts(
  scorecards: DataProductScorecard[],
  techInsights: Map<string, Map<string, boolean>>,
): { pairs: number; agreeing: number; examples: string[] } {
  let pairs = 0;
  let agreeing = 0;
  const examples: string[] = [];
  for (const scorecard of scorecards) {
    const checks = techInsights.get(scorecard.entityRef);
    if (!checks) continue; // outside the timed sample
    for (const { ruleId, state } of scorecard.results) {
      const result = checks.get(ruleId);
      if (result === undefined) continue;
      pairs++;
      if (result === PASSING.has(state)) {
        agreeing++;
      } else if (examples.length < 5) {
        examples.push(
          `${scorecard.entityRef} ${ruleId}: ours ${state}, Tech Insights ${result}`,
        );
      }
    }
  }
  return { pairs, agreeing, examples };
}

/**
 * Are the stored scorecards those the engine computed in memory? Returns
 * how many equal, and per rule how many stored states differ, and as what.
 */
export function compareStored(
  scorecards: DataProductScorecard[],
  stored: FullEvaluationTiming['stored'],
): {
  equal: number;
  differing: Map<string, { count: number; storedStates: Set<string> }>;
} {
  let equal = 0;
  const differing = new Map<
    string,
    { count: number; storedStates: Set<string> }
  >();
  for (const scorecard of scorecards) {
    const row = stored.get(scorecard.entityRef);
    let same =
      !!row && row.level === scorecard.level && row.score === scorecard.score;
    for (const { ruleId, state } of scorecard.results) {
      const storedState = row?.states[ruleId] ?? 'missing';
      if (storedState === state) continue;
      same = false;
      const entry = differing.get(ruleId) ?? {
        count: 0,
        storedStates: new Set(),
      };
      entry.count++;
      entry.storedStates.add(storedState);
      differing.set(ruleId, entry);
    }
    if (same) equal++;
  }
  return { equal, differing };
}
