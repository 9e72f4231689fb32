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

import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { ScorecardRule } from '@meshwork/plugin-data-products-common';

/**
 * Lets backend modules add scorecard rules written in code, for checks that
 * config rules can't express. They are evaluated with the built-in policy
 * pack and the config rules, and listed by `GET /api/data-products/rules`.
 *
 * A rule's `findEntity` gives data products in full and other entities with
 * `kind`, `metadata.name`, `namespace`, `title`, `annotations` and
 * `spec.type`, `lifecycle`, `profile`: the scheduled run reads only those
 * fields of the catalog's groups, users, domains and APIs.
 * @public
 */
export interface DataProductScorecardRulesExtensionPoint {
  addRules(...rules: ScorecardRule[]): void;
}

/**
 * The extension point for code rules, e.g.
 *
 * ```ts
 * createBackendModule({
 *   pluginId: 'data-products',
 *   moduleId: 'pii-rules',
 *   register(env) {
 *     env.registerInit({
 *       deps: { scorecard: dataProductScorecardRulesExtensionPoint },
 *       async init({ scorecard }) {
 *         scorecard.addRules(piiColumnsAreTaggedRule);
 *       },
 *     });
 *   },
 * });
 * ```
 * @public
 */
export const dataProductScorecardRulesExtensionPoint =
  createExtensionPoint<DataProductScorecardRulesExtensionPoint>({
    id: 'data-products.scorecard-rules',
  });
