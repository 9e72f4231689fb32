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

import { catalogEnvelopeProblems } from './catalogEnvelope';
import { dataProductKindProblem } from './dataProductKind';
import { nestingProblem } from './nesting';
import { DataProductProblem } from './problems';
import { validateDataProductEntity } from './validateDataProductEntity';

/**
 * Every problem the catalog would refuse a `DataProduct` document for, as
 * the catalog judges it: a kind it would not recognise (`dataproduct`, a
 * `Kind:` key, no kind under `meshwork.dev/`), the envelope checks every
 * entity passes (tags, links, annotations, labels, names, namespaces: the
 * catalog's own validators and policies) and the kind's schema and
 * cross-field rules. One problem per field; an empty list means the
 * catalog loads it. The linter and the dry run both judge with this.
 * @public
 */
export async function validateDataProductDocument(
  document: unknown,
): Promise<DataProductProblem[]> {
  const tooDeep = nestingProblem(document);
  if (tooDeep) return [tooDeep];
  const kindProblem = dataProductKindProblem(document);
  const problems = [
    ...validateDataProductEntity(document),
    ...(await catalogEnvelopeProblems(document)),
  ];
  // The kind's problem says it all: a misspelt `Kind:` key is not also a
  // missing `kind`, and `kind: dataproduct` not also "one of DataProduct".
  const fields = new Set<string>(
    kindProblem ? ['kind', kindProblem.field] : [],
  );
  const unique = problems.filter(problem => {
    if (fields.has(problem.field)) return false;
    fields.add(problem.field);
    return true;
  });
  return kindProblem ? [kindProblem, ...unique] : unique;
}
