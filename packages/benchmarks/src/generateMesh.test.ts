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
import {
  builtinScorecardRules,
  evaluateDataProduct,
  validateDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import { generateMesh } from './generateMesh';

describe('generateMesh', () => {
  const mesh = generateMesh(200);

  it('generates valid data products, the same ones for the same seed', () => {
    expect(mesh.products).toHaveLength(200);
    expect(mesh.products.flatMap(p => validateDataProductEntity(p))).toEqual(
      [],
    );
    expect(generateMesh(200).products).toEqual(mesh.products);
  });

  it('mixes products that reach each level, so every rule has work to do', () => {
    const entities = new Map(
      [...mesh.others, ...mesh.products].map(e => [stringifyEntityRef(e), e]),
    );
    const levels = new Set(
      mesh.products.map(
        product =>
          evaluateDataProduct(product, builtinScorecardRules, {
            findEntity: ref => entities.get(ref),
            facts: mesh.facts.get(stringifyEntityRef(product)),
            now: mesh.now,
          }).level,
      ),
    );
    expect([...levels].sort()).toEqual(['bronze', 'gold', 'none', 'silver']);
  });
});
