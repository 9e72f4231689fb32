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

import { stringifyEntityRef } from '@backstage/catalog-model';
import type { Entity } from '@backstage/catalog-model';
import {
  builtinScorecardRules,
  evaluateDataProduct,
  type DataProductScorecard,
} from '@meshwork/plugin-data-products-common';
import type { GeneratedMesh } from './generateMesh';

/** An engine ready to evaluate the first `count` products of the mesh. */
export interface BenchmarkedEngine<T> {
  evaluate(count: number): T | Promise<T>;
}

/** Every entity by full ref, as ScorecardEvaluator builds it from its catalog scan. */
export function catalogLookup(mesh: GeneratedMesh): Map<string, Entity> {
  return new Map(
    [...mesh.others, ...mesh.products].map(e => [stringifyEntityRef(e), e]),
  );
}

/**
 * Our engine, in memory: each product against the whole policy pack, with
 * its catalog lookups and latest facts, as the backend evaluates it between
 * reading the catalog and storing the results.
 */
export function ourEngine(
  mesh: GeneratedMesh,
): BenchmarkedEngine<DataProductScorecard[]> {
  const entities = catalogLookup(mesh);
  const findEntity = (ref: string) => entities.get(ref);
  return {
    evaluate: count =>
      mesh.products.slice(0, count).map(product =>
        evaluateDataProduct(product, builtinScorecardRules, {
          findEntity,
          facts: mesh.facts.get(stringifyEntityRef(product)),
          now: mesh.now,
        }),
      ),
  };
}
