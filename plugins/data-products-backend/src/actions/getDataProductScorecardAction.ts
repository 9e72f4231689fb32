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

import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotFoundError } from '@backstage/errors';
import {
  DATA_PRODUCT_LEVELS,
  SCORECARD_LEVELS,
  type StoredScorecard,
} from '@meshwork/plugin-data-products-common';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ScorecardStore } from '../database/ScorecardStore';
import type { z as zod } from 'zod/v3';
import {
  ProductReadAccess,
  requireReadableProduct,
} from '../service/ProductReadAccess';
import { completeRef } from './catalogAccess';

/** The input of the actions that read one product. */
export const productRefInput = (z: typeof zod) =>
  z.object({
    entityRef: z
      .string()
      .describe(
        'The data product, e.g. "orders" or "dataproduct:default/orders"',
      ),
  });

/** What the scorecard actions need. */
export interface ScorecardActionOptions {
  actionsRegistry: ActionsRegistryService;
  store: ScorecardStore;
  readAccess: ProductReadAccess;
}

/** The stored scorecard of a product the caller may read; 404 otherwise. */
export async function readableScorecard(
  options: Pick<ScorecardActionOptions, 'store' | 'readAccess'>,
  entityRefInput: string,
  credentials: BackstageCredentials,
): Promise<StoredScorecard> {
  const entityRef = completeRef(entityRefInput, 'DataProduct', 'entityRef');
  await requireReadableProduct(options.readAccess, entityRef, credentials);
  const scorecard = await options.store.getScorecard(entityRef);
  if (!scorecard) {
    throw new NotFoundError(
      `${entityRef} has no scorecard yet: it is evaluated within minutes of entering the catalog`,
    );
  }
  return scorecard;
}

/** `get-data-product-scorecard`: one product's level, score and every rule's state. */
export function registerGetDataProductScorecardAction(
  options: ScorecardActionOptions,
) {
  options.actionsRegistry.register({
    name: 'get-data-product-scorecard',
    title: 'Get a data product scorecard',
    description: `Returns the scorecard of one data product: its level (none, bronze, silver or gold: the highest level whose rules, and every lower level's, all pass or are waived), its score (0-100, the weighted share of applicable rules that pass) and each rule's state: pass, fail, warn (fails, but not enforced yet), no-data (needs a fact the pipeline has not reported), exempt (waived), not-applicable or error.
The product is named by its entity ref, e.g. "dataproduct:default/orders" or just "orders". Use explain-data-product-failures for what to fix.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: productRefInput,
      output: z =>
        z.object({
          entityRef: z.string(),
          title: z.string().optional(),
          ownerRef: z.string().optional(),
          domainRef: z.string().optional(),
          level: z.enum(DATA_PRODUCT_LEVELS),
          score: z.number(),
          evaluatedAt: z.string(),
          rules: z.array(
            z.object({
              ruleId: z.string(),
              title: z.string(),
              level: z.enum(SCORECARD_LEVELS),
              state: z.string(),
              message: z.string().optional(),
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
      return {
        output: {
          entityRef: scorecard.entityRef,
          title: scorecard.title,
          ownerRef: scorecard.ownerRef,
          domainRef: scorecard.domainRef,
          level: scorecard.level,
          score: scorecard.score,
          evaluatedAt: scorecard.evaluatedAt,
          rules: scorecard.results.map(r => ({
            ruleId: r.ruleId,
            title: r.title,
            level: r.level,
            state: r.state,
            message: r.message,
          })),
        },
      };
    },
  });
}
