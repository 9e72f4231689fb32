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

export * from './DataProductEntityV1alpha1';
export type { DataProductProblem } from './problems';
export { escapeControlCharacters, formatFieldPath } from './problems';
export { MAX_NESTING_DEPTH, nestingProblem } from './nesting';
export {
  dataProductKindProblem,
  isDataProductDocument,
  isKindRefusedForWholeFile,
} from './dataProductKind';
export {
  catalogEnvelopeProblems,
  fileEnvelopeProblem,
} from './catalogEnvelope';
export { validateDataProductDocument } from './validateDataProductDocument';
export { dataProductEntityV1alpha1Schema } from './schemaProblems';
export {
  validateDataProductEntity,
  describeDataProductProblems,
  dataProductEntityV1alpha1Validator,
} from './validateDataProductEntity';
export { resolveProductRef } from './resolveProductRef';
export { dataProductRelations } from './dataProductRelations';
export type { DataProductRelation } from './dataProductRelations';
export {
  majorVersionOf,
  compareVersions,
  portKey,
  describePort,
  outputPortVersions,
  findOutputPort,
} from './portVersions';
