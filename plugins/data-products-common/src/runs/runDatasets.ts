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

import { JsonPath, RunReadContext } from './readContext';
import { laterOf } from './times';
import { ToolCheck, ToolDataset, ToolDatasetRole } from './types';

/**
 * Which role wins when a run meets a dataset more than once: writing it says
 * most, then checking it (a test reads the data to assert on it), then
 * reading it.
 */
const ROLE_RANK: Record<ToolDatasetRole, number> = {
  output: 3,
  checked: 2,
  input: 1,
};

/**
 * The datasets of one run, gathered by label as a reader meets them: keys
 * merged, the strongest role kept, checks counted against the read's limit,
 * the newest data time kept.
 */
export class RunDatasets {
  private readonly byLabel = new Map<string, ToolDataset>();

  constructor(private readonly ctx: RunReadContext) {}

  /** The dataset called `label`, created on first sight. */
  dataset(label: string, keys: string[], role: ToolDatasetRole): ToolDataset {
    let dataset = this.byLabel.get(label);
    if (!dataset) {
      dataset = { keys: [], label, role, checks: [] };
      this.byLabel.set(label, dataset);
    }
    for (const key of keys) {
      if (!dataset.keys.includes(key)) dataset.keys.push(key);
    }
    if (ROLE_RANK[role] > ROLE_RANK[dataset.role]) dataset.role = role;
    return dataset;
  }

  /** Adds a check, unless the read has kept as many as it may. */
  addCheck(dataset: ToolDataset, check: ToolCheck, path: JsonPath): void {
    if (this.ctx.keepCheck(path)) dataset.checks.push(check);
  }

  /** Notes that the dataset had data as of `time`; the newest time is kept. */
  sawDataAt(dataset: ToolDataset, time: string | undefined): void {
    const newest = laterOf(dataset.newestDataAt, time);
    if (newest) dataset.newestDataAt = newest;
  }

  list(): ToolDataset[] {
    return [...this.byLabel.values()];
  }
}
