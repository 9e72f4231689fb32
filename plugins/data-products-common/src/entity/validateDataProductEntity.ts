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

import type { Entity, KindValidator } from '@backstage/catalog-model';
import { DATA_PRODUCT_KIND } from './DataProductEntityV1alpha1';
import { crossFieldProblems } from './crossFieldProblems';
import {
  dataProductKindProblem,
  isNearMiss,
  isOurApiVersion,
} from './dataProductKind';
import { nestingProblem } from './nesting';
import { DataProductProblem } from './problems';
import { schemaProblems } from './schemaProblems';

/**
 * Every problem in a `DataProduct` document: schema violations (unknown keys
 * with a suggestion, wrong types, bad values) and cross-field rules. An empty
 * list means the document is valid.
 * @public
 */
export function validateDataProductEntity(
  entity: unknown,
): DataProductProblem[] {
  // Far deeper values would overflow the validators' stack.
  const tooDeep = nestingProblem(entity);
  if (tooDeep) return [tooDeep];
  const problems = schemaProblems(entity);
  const reported = new Set(problems.map(p => p.field));
  for (const problem of crossFieldProblems(entity)) {
    if (!reported.has(problem.field)) problems.push(problem);
  }
  return problems;
}

/** One line that lists all problems, for logs and the catalog's processing errors. @public */
export function describeDataProductProblems(
  problems: DataProductProblem[],
): string {
  const count =
    problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `DataProduct has ${count}: ${problems.map(p => p.message).join('; ')}`;
}

/**
 * The catalog's validator for the kind: claims every `kind: DataProduct`
 * document (whatever its apiVersion, so a wrong one is reported rather than
 * left unclaimed) and throws a `TypeError` naming every problem. It also
 * claims a near miss of the kind under `meshwork.dev/` (`kind: dataproduct`,
 * `DataProducts`), an API group no other processor owns, to say what was
 * meant rather than the catalog's "no processor recognized the entity".
 * Other kinds, and near misses under other apiVersions, are left unclaimed:
 * the catalog refuses them all the same unless another processor owns them.
 * @public
 */
export const dataProductEntityV1alpha1Validator: KindValidator = {
  async check(entity: Entity) {
    if (entity.kind !== DATA_PRODUCT_KIND) {
      const nearMiss =
        isOurApiVersion(entity.apiVersion) && isNearMiss(entity.kind);
      const kindProblem = nearMiss ? dataProductKindProblem(entity) : undefined;
      if (!kindProblem) return false;
      throw new TypeError(describeDataProductProblems([kindProblem]));
    }
    const problems = validateDataProductEntity(entity);
    if (problems.length > 0) {
      throw new TypeError(describeDataProductProblems(problems));
    }
    return true;
  },
};
