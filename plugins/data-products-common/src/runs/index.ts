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

export type {
  RunProblem,
  RunReadResult,
  ToolCheck,
  ToolCheckKind,
  ToolCheckStatus,
  ToolDataset,
  ToolDatasetRole,
  ToolName,
  ToolRun,
  ToolRunState,
} from './types';
export { datasetKeys } from './datasetKeys';
export {
  datasetKeyMatches,
  openLineageDatasetKeys,
  portServerKeys,
} from './storeKeys';
export { RUN_READ_LIMITS } from './readContext';
export { readDbtArtifacts } from './dbt/readDbtArtifacts';
export type { DbtArtifacts } from './dbt/readDbtArtifacts';
export { readOpenLineageEvents } from './openlineage/readOpenLineageEvents';
export { readGreatExpectationsResult } from './greatExpectations/readGreatExpectationsResult';
export { readDatacontractRun } from './datacontract/readDatacontractRun';
