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

/**
 * The tools whose results Meshwork reads as runs.
 * @public
 */
export type ToolName =
  | 'dbt'
  | 'openlineage'
  | 'great-expectations'
  | 'datacontract-cli';

/**
 * A check's outcome, in the words most tools share. `skipped` checks were
 * not evaluated and count neither way.
 * @public
 */
export type ToolCheckStatus = 'pass' | 'fail' | 'warn' | 'error' | 'skipped';

/**
 * What a check is about, so that a consumer counts the right ones:
 * `quality` for data tests, expectations and assertions (the `quality`
 * fact), `freshness` for a freshness check such as dbt's source freshness
 * (the `freshness` fact), `build` for whether the tool could produce the
 * dataset at all (a dbt model's own run, a dbt unit test), which says
 * nothing about the data's quality.
 * @public
 */
export type ToolCheckKind = 'quality' | 'freshness' | 'build';

/**
 * One check a tool ran on a dataset, or on a run.
 * @public
 */
export interface ToolCheck {
  /** The check as the tool names it: a dbt test's name, an expectation and its column. */
  name: string;
  /** How it came out. */
  status: ToolCheckStatus;
  /** Which fact it counts towards. */
  kind: ToolCheckKind;
  /** What the tool said about it, such as `Got 6 results, configured to fail if != 0`. */
  message?: string;
  /** The number of failing rows, when the tool says. */
  failures?: number;
}

/**
 * What a run did to a dataset: wrote it, read it, or only checked it (a
 * test or validation that read the data to assert on it).
 * @public
 */
export type ToolDatasetRole = 'output' | 'input' | 'checked';

/**
 * One dataset a run touched, with every key a port could be matched by.
 * @public
 */
export interface ToolDataset {
  /**
   * Every key a port could be matched by, normalised as `datasetKeys` builds
   * them (`relation:analytics.jaffle_shop.orders`, `dbt:model.jaffle_shop.orders`, ...).
   */
  keys: string[];
  /** What a person calls it: a dbt unique_id, an OpenLineage namespace/name, a GX suite, a contract id. */
  label: string;
  /** Whether the run wrote it, read it, or only checked it. */
  role: ToolDatasetRole;
  /** The checks the run made on it, in the tool's order. */
  checks: ToolCheck[];
  /** When its newest data was loaded or written, ISO 8601 in UTC, if the tool says. */
  newestDataAt?: string;
}

/**
 * The state a tool gives its run, normalised: `complete` (finished, even with
 * failing tests that only warn), `fail` (failed, errored or aborted), `running`
 * (started, no end seen yet), `other`.
 * @public
 */
export type ToolRunState = 'complete' | 'fail' | 'running' | 'other';

/**
 * One run of a tool: a dbt invocation, an OpenLineage job run, a GX
 * validation or checkpoint run, a datacontract-cli test run.
 * @public
 */
export interface ToolRun {
  /** The tool whose output this was read from. */
  tool: ToolName;
  /**
   * The tool's id of the run: dbt's invocation_id, OpenLineage's runId, GX's
   * run name and time, datacontract-cli's runId. Absent when the tool gave
   * none (a problem says so).
   */
  runId?: string;
  /** dbt's command, the OpenLineage job's namespace/name, the GX checkpoint or suite, the data contract. */
  job?: string;
  /**
   * When the run ended (or, for OpenLineage, the time of the event that set
   * its state), ISO 8601 in UTC. Absent when the tool gave no time.
   */
  finishedAt?: string;
  /** How the run ended, as far as the tool said. */
  state: ToolRunState;
  /** An http(s) link to the run or its job, where the tool gives one. */
  link?: string;
  /** Every dataset the run touched, once each, merged across its events or files. */
  datasets: ToolDataset[];
}

/**
 * Something a reader could not read, or had to guess at. Reading goes on
 * past a problem: what could be read is still in `runs`.
 * @public
 */
export interface RunProblem {
  /** Where, as a JSON path into the input: `results[3].status`, `[2].run.runId`. */
  path: string;
  /** Starts with the path, then what was found and what was expected. */
  message: string;
}

/**
 * What a reader returns: the runs it read and the problems it met. Readers
 * never throw, whatever the input.
 * @public
 */
export interface RunReadResult {
  /** The runs read, also when there were problems. */
  runs: ToolRun[];
  /** What could not be read, at most RUN_READ_LIMITS.problems of them and a count of the rest. */
  problems: RunProblem[];
}
