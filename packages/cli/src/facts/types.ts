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

import type { ToolRun } from '@meshwork/plugin-data-products-common';

/** The tools `--from` names, in the words of their users. */
export const TOOL_SOURCES = ['dbt', 'gx', 'datacontract', 'openlineage'];

export type ToolSource = 'dbt' | 'gx' | 'datacontract' | 'openlineage';

/**
 * A problem of a tool's file, placed as the linter places its own: the
 * file, a line where there is one (JSON syntax, a JSON Lines event), and
 * the message, which starts with the JSON path into the file.
 */
export interface RunFileProblem {
  file: string;
  line?: number;
  column?: number;
  /**
   * `error` when what it is about was not read (a file not JSON, or over
   * the size cap), or nothing at all could be sent; `warning` when the
   * reader went on past it and the rest was sent.
   */
  severity: 'error' | 'warning';
  message: string;
}

/** What was read from the files named on the command line. */
export interface ToolOutput {
  runs: ToolRun[];
  problems: RunFileProblem[];
  /** The files read, for the summary. */
  files: string[];
}
