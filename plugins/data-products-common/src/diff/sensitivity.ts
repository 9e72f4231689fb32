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

import { DATA_CLASSIFICATIONS, type DataClassification } from '../entity';

/** public 0 … restricted 3; an unknown class reads as undefined. */
export function classificationRank(
  classification: string | undefined,
): number | undefined {
  const rank = DATA_CLASSIFICATIONS.indexOf(
    classification as DataClassification,
  );
  return rank < 0 ? undefined : rank;
}

/**
 * Tightening a class breaks readers who may no longer hold the data;
 * loosening one breaks nobody but is governance's to see.
 */
export function classificationChange(
  before: string | undefined,
  after: string | undefined,
): 'tightened' | 'loosened' | undefined {
  const [was, is] = [classificationRank(before), classificationRank(after)];
  if (was === undefined || is === undefined || was === is) return undefined;
  return is > was ? 'tightened' : 'loosened';
}
