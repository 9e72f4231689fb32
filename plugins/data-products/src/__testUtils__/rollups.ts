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
  ScorecardRollup,
  ScorecardRollupsResponse,
} from '@meshwork/plugin-data-products-common';

export function rollup(overrides: Partial<ScorecardRollup>): ScorecardRollup {
  return {
    entityRef: 'group:default/sales-data',
    products: 6,
    ownProducts: 6,
    levels: { gold: 3, silver: 2, bronze: 1, none: 0 },
    averageScore: 78.4,
    previousAverageScore: 74.1,
    mostFailedRules: [],
    ...overrides,
  };
}

export function rollupsResponse(
  items: ScorecardRollup[],
): ScorecardRollupsResponse {
  return { items, trendSince: '2026-10-22T00:00:00.000Z' };
}
