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

import { readFixture } from '../__fixtures__/readFixture';
import { ToolDataset, ToolRun } from '../types';

/** The real dbt runs in __fixtures__/dbt/artifacts, by folder. */
export const DBT_RUNS = {
  bigquery: 'bigquery-dbt0.21-test-failures',
  build10: 'jaffle_shop-dbt1.0.0-build-model-error',
  build17: 'jaffle_shop-dbt1.7.0-build',
  run18: 'jaffle_shop-dbt1.8.9-duckdb-run',
  freshness: 'sample-dbt1.9.1-source-freshness',
};

/** One artifact of a real dbt run, parsed afresh (a test may change it). */
export const dbtArtifact = (folder: string, file: string) =>
  readFixture(`dbt/artifacts/${folder}/${file}`) as any;

/** The dataset of a run labelled `label`; fails the test if there is none. */
export function datasetOf(run: ToolRun, label: string): ToolDataset {
  const dataset = run.datasets.find(d => d.label === label);
  if (!dataset) throw new Error(`no dataset ${label}`);
  return dataset;
}
