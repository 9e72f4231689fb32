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
  SCORECARD_LEVELS,
} from '@meshwork/plugin-data-products-common';
import { blockingResults, nextLevelAfter } from '../service/blockingRules';
import type { ScorecardRules } from '../service/ScorecardRules';
import {
  productRefInput,
  readableScorecard,
  ScorecardActionOptions,
} from './getDataProductScorecardAction';

/**
 * `explain-data-product-failures`: for one product, each rule that keeps it
 * from a level, what is wrong, how to fix it and which level it blocks.
 */
export function registerExplainDataProductFailuresAction(
  options: ScorecardActionOptions & { rules: ScorecardRules },
) {
  const { rules } = options;
  options.actionsRegistry.register({
    name: 'explain-data-product-failures',
    title: 'Explain what a data product fails',
    description: `Explains why a data product is not at a higher scorecard level and how its owner can fix it. Returns its level, the next level, and each rule that blocks a level, lowest level first: the problem found, how to fix it, and the level it blocks (a product reaches a level only when that level's rules and every lower level's pass or are waived). Rules failing in their grace period (warn) and rules waiting for pipeline data (no-data) block too.
The product is named by its entity ref, e.g. "dataproduct:default/orders" or just "orders". An owner who cannot fix a rule in time can request a waiver in the portal, on the product's Scorecard tab.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: productRefInput,
      output: z =>
        z.object({
          entityRef: z.string(),
          title: z.string().optional(),
          level: z.enum(DATA_PRODUCT_LEVELS),
          nextLevel: z
            .enum(SCORECARD_LEVELS)
            .optional()
            .describe('The level above the current one; absent at gold'),
          failures: z.array(
            z.object({
              ruleId: z.string(),
              title: z.string(),
              state: z.enum(['fail', 'warn', 'no-data']),
              blocksLevel: z.enum(SCORECARD_LEVELS),
              problem: z.string().optional().describe('What the check found'),
              howToFix: z.string().describe('What to do to pass the rule'),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const scorecard = await readableScorecard(
        options,
        input.entityRef,
        credentials,
      );
      const failures = blockingResults(scorecard.results).map(result => {
        const rule = rules.list().find(r => r.id === result.ruleId);
        return {
          ruleId: result.ruleId,
          title: result.title,
          state: result.state as 'fail' | 'warn' | 'no-data',
          blocksLevel: result.level,
          problem: result.message,
          // A rule switched off since the evaluation has no description left.
          howToFix:
            rule?.description ??
            result.message ??
            `Make ${result.ruleId} pass; see the Scorecard tab.`,
        };
      });
      return {
        output: {
          entityRef: scorecard.entityRef,
          title: scorecard.title,
          level: scorecard.level,
          nextLevel: nextLevelAfter(scorecard.level),
          failures,
        },
      };
    },
  });
}
