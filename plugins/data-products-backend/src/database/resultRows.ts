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
  RuleResult,
  RuleState,
} from '@meshwork/plugin-data-products-common';
import { toIso } from './database';

/** A row of scorecard_results as the database returns it. */
export interface ResultRow {
  entity_ref: string;
  title: string | null;
  domain_ref: string | null;
  owner_ref: string | null;
  status: string | null;
  product_type: string | null;
  classification: string | null;
  tags: string;
  description: string | null;
  level: DataProductLevel;
  score: number;
  failing_rule_ids: string;
  results: string;
  evaluated_at: Date | string;
}

/** The fields of a stored result that both one scorecard and a listing show. */
export function productFieldsOf(row: ResultRow) {
  return {
    entityRef: row.entity_ref,
    title: row.title ?? undefined,
    domainRef: row.domain_ref ?? undefined,
    ownerRef: row.owner_ref ?? undefined,
    level: row.level,
    score: row.score,
    evaluatedAt: toIso(row.evaluated_at),
  };
}

/** A space-separated column (tags, failing rules) as a list. */
export function wordsOf(column: string | null): string[] {
  return column ? column.split(' ') : [];
}

export function statesOf(results: RuleResult[]): Record<string, RuleState> {
  return Object.fromEntries(results.map(r => [r.ruleId, r.state]));
}
