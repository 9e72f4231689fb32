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
  builtinScorecardRules,
  evaluateDataProduct,
} from '@meshwork/plugin-data-products-common';
import type {
  DataProductEntityV1alpha1,
  RuleState,
  ScorecardLevel,
} from '@meshwork/plugin-data-products-common';
import { formatRuleResult } from '../scorecard/formatRuleResult';
import type { LintedDataProduct } from './types';

/**
 * A rule's state as far as a file alone can tell; rules that read the
 * catalog or pipeline facts are `not-evaluated` here.
 * @public
 */
export interface OfflineRuleResult {
  ruleId: string;
  level: ScorecardLevel;
  state: RuleState | 'not-evaluated';
  message?: string;
}

/** Every built-in rule's state for one valid data product, judged from the file alone. @public */
export function offlineScorecard(
  entity: DataProductEntityV1alpha1,
): OfflineRuleResult[] {
  const offlineRules = builtinScorecardRules.filter(
    rule => !rule.reads?.length,
  );
  const { results } = evaluateDataProduct(entity, offlineRules, {
    findEntity: () => undefined,
  });
  const byId = new Map(results.map(result => [result.ruleId, result]));
  return builtinScorecardRules.map(rule => {
    const result = byId.get(rule.id);
    if (!result) {
      return {
        ruleId: rule.id,
        level: rule.level,
        state: 'not-evaluated',
        message: `needs ${rule
          .reads!.map(r => (r === 'catalog' ? 'the catalog' : 'pipeline facts'))
          .join(' and ')}; the portal's scorecard evaluates it`,
      };
    }
    return {
      ruleId: rule.id,
      level: rule.level,
      state: result.state,
      message: result.message,
    };
  });
}

/** Text lines: `FILE:LINE: NAME [LEVEL] RULE: STATE[: MESSAGE]`. */
export function formatOfflineScorecard(
  file: string,
  product: LintedDataProduct,
): string[] {
  const name = product.name ?? '(unnamed)';
  if (product.problemCount > 0) {
    return [
      `${file}:${product.line}: ${name}: scorecard skipped until the problems above are fixed`,
    ];
  }
  return offlineScorecard(product.entity as DataProductEntityV1alpha1).map(
    r => `${file}:${product.line}: ${name} ${formatRuleResult(r)}`,
  );
}
