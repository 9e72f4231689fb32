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
  SCORECARD_LEVELS,
  type DataProductWaiver,
  type RuleResult,
  type RuleState,
  type ScorecardLevel,
  type ScorecardRuleSummary,
} from '@meshwork/plugin-data-products-common';

/** A rule as the tab shows it: what it asks, how this product fares, any waiver. */
export interface RuleRow {
  id: string;
  title: string;
  /** What to do to pass; missing when the rules could not be loaded. */
  description?: string;
  level: ScorecardLevel;
  /** Missing for a rule added since the product's last evaluation. */
  state?: RuleState;
  message?: string;
  /** A waiver that is waiting for a decision or in force. */
  openWaiver?: DataProductWaiver;
}

/** What the owner should look at first: what fails, then what may soon. */
const STATE_ORDER: RuleState[] = [
  'fail',
  'warn',
  'error',
  'no-data',
  'exempt',
  'pass',
  'not-applicable',
];

function rank(state: RuleState | undefined): number {
  return state ? STATE_ORDER.indexOf(state) : STATE_ORDER.length;
}

/** States a waiver can turn into `exempt`. */
export function canBeWaived(state: RuleState | undefined): boolean {
  return state === 'fail' || state === 'warn';
}

function isOpen(waiver: DataProductWaiver, now: Date): boolean {
  return (
    waiver.status === 'requested' ||
    (waiver.status === 'approved' && new Date(waiver.expiresAt) > now)
  );
}

/**
 * Joins the evaluation's results with the active rules (for what each asks)
 * and the product's waivers, grouped by level, failing rules first. A result
 * whose rule has since been disabled still shows: it counted in the score.
 */
export function groupRuleRows(
  results: RuleResult[],
  rules: ScorecardRuleSummary[] | undefined,
  waivers: DataProductWaiver[] | undefined,
  now = new Date(),
): Record<ScorecardLevel, RuleRow[]> {
  const byId = new Map<string, RuleRow>();
  for (const rule of rules ?? []) {
    byId.set(rule.id, {
      id: rule.id,
      title: rule.title,
      description: rule.description,
      level: rule.level,
    });
  }
  for (const result of results) {
    const rule = byId.get(result.ruleId);
    byId.set(result.ruleId, {
      id: result.ruleId,
      title: rule?.title ?? result.title,
      description: rule?.description,
      level: rule?.level ?? result.level,
      state: result.state,
      message: result.message,
    });
  }
  for (const waiver of waivers ?? []) {
    const row = byId.get(waiver.ruleId);
    if (row && !row.openWaiver && isOpen(waiver, now)) row.openWaiver = waiver;
  }
  const groups: Record<ScorecardLevel, RuleRow[]> = {
    bronze: [],
    silver: [],
    gold: [],
  };
  for (const row of byId.values()) groups[row.level]?.push(row);
  for (const level of SCORECARD_LEVELS) {
    // stable: rules of equal state keep the backend's order
    groups[level].sort((a, b) => rank(a.state) - rank(b.state));
  }
  return groups;
}
