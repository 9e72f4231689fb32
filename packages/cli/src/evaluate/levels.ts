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
import type { ScorecardLevel } from '@meshwork/plugin-data-products-common';
import type { EvaluatedProduct } from './types';

/** Whether `--min-level` names a level: bronze, silver or gold. */
export function isScorecardLevel(text: string): text is ScorecardLevel {
  return (SCORECARD_LEVELS as readonly string[]).includes(text);
}

/** `none` (and anything a newer backend may add) ranks below bronze. */
function rankOf(level: string): number {
  return (SCORECARD_LEVELS as readonly string[]).indexOf(level) + 1;
}

/** The products whose level is lower than `minLevel`, in the backend's order. */
export function belowLevel(
  items: ReadonlyArray<EvaluatedProduct>,
  minLevel: ScorecardLevel,
): EvaluatedProduct[] {
  return items.filter(item => rankOf(item.level) < rankOf(minLevel));
}
