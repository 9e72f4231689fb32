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

import { SCORECARD_LEVELS } from '@meshwork/plugin-data-products-common';

/**
 * A rule's state as either command knows it: `lint --scorecard` judges
 * rules offline (and has no titles), `evaluate` gets them from the backend.
 */
export interface RuleLine {
  ruleId: string;
  level: string;
  state: string;
  title?: string;
  message?: string;
}

/**
 * `[silver] is-versioned (Is versioned): fail: Set spec.version, e.g. 1.0.0.`
 * One format for both commands, so a rule reads the same offline and online.
 */
export function formatRuleResult(rule: RuleLine): string {
  const title = rule.title ? ` (${rule.title})` : '';
  const message = rule.message ? `: ${rule.message}` : '';
  return `[${rule.level}] ${rule.ruleId}${title}: ${rule.state}${message}`;
}

// What a domain owner has to act on comes first: failures, then rules that
// could not be judged, then what needs nothing.
const stateOrder = [
  'fail',
  'error',
  'warn',
  'no-data',
  'not-evaluated',
  'exempt',
  'not-applicable',
  'pass',
];

function rank(order: ReadonlyArray<string>, value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

/**
 * Sort order for rule lines: by state as above, then lower levels first
 * (a bronze failure holds a product back more than a gold one). Stable, so
 * equal rules keep the order they came in.
 */
export function byAttention(a: RuleLine, b: RuleLine): number {
  return (
    rank(stateOrder, a.state) - rank(stateOrder, b.state) ||
    rank(SCORECARD_LEVELS, a.level) - rank(SCORECARD_LEVELS, b.level)
  );
}
