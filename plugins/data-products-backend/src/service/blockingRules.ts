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

import {
  DATA_PRODUCT_LEVELS,
  DataProductLevel,
  RuleResult,
  RuleState,
  SCORECARD_LEVELS,
  ScorecardLevel,
} from '@meshwork/plugin-data-products-common';

/**
 * The states that keep a product below a rule's level, as the scorecard's
 * level calculation counts them: a failure, a failure in its grace period
 * and a check without data. A broken check (`error`) does not block.
 */
const BLOCKING_STATES: RuleState[] = ['fail', 'warn', 'no-data'];

/** none lowest, gold highest. */
export function levelRank(level: DataProductLevel): number {
  return DATA_PRODUCT_LEVELS.indexOf(level);
}

/** The level above `level`, if there is one. */
export function nextLevelAfter(
  level: DataProductLevel,
): ScorecardLevel | undefined {
  return SCORECARD_LEVELS[levelRank(level)];
}

/** The results that keep the product from their rule's level, lowest level first. */
export function blockingResults(results: RuleResult[]): RuleResult[] {
  return results
    .filter(r => BLOCKING_STATES.includes(r.state))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level));
}
