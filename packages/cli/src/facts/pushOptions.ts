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

import { resolveBackendTarget } from '../evaluate/evaluateOptions';
import { DEFAULT_MAX_FILE_MB } from './readCappedFile';
import { TOOL_SOURCES, type ToolSource } from './types';

/** `meshwork facts push`'s options as parseArgs reads them. */
export const pushArgs = {
  from: { type: 'string' },
  backend: { type: 'string' },
  token: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What to read, and where to send it. */
export interface PushOptions {
  from: ToolSource;
  /** dbt's target directory, or the tool's file. */
  path: string;
  backend: URL;
  token: string | undefined;
  dryRun: boolean;
  maxFileMb: number;
}

const WHAT: Record<ToolSource, string> = {
  dbt: "dbt's target directory, such as target/",
  gx: "a Great Expectations validation or checkpoint result's JSON file",
  datacontract: "a JSON file of datacontract-cli's test run",
  openlineage:
    'a file of OpenLineage events (a JSON array, one event, or one a line)',
};

/** Checks the arguments and fills in the defaults; a string is a usage error. */
export function resolvePushOptions(
  values: {
    from?: string;
    backend?: string;
    token?: string;
    'dry-run'?: boolean;
    'max-file-size'?: string;
  },
  paths: ReadonlyArray<string>,
  env: Record<string, string | undefined>,
): PushOptions | string {
  const { from } = values;
  if (from === undefined) {
    return `no --from given; expected one of ${TOOL_SOURCES.join(', ')}`;
  }
  if (!TOOL_SOURCES.includes(from)) {
    return `unknown --from "${from}"; expected one of ${TOOL_SOURCES.join(
      ', ',
    )}`;
  }
  const source = from as ToolSource;
  if (paths.length !== 1) {
    return paths.length === 0
      ? `no path given; expected ${WHAT[source]}`
      : `expected one path, got ${paths.length}; push one tool's output at a time`;
  }
  const size = values['max-file-size'];
  const maxFileMb = size === undefined ? DEFAULT_MAX_FILE_MB : Number(size);
  if (!(maxFileMb > 0) || !Number.isFinite(maxFileMb)) {
    return `--max-file-size "${size}" is not a size; expected megabytes, such as ${DEFAULT_MAX_FILE_MB}`;
  }
  const target = resolveBackendTarget(values, env);
  if (typeof target === 'string') return target;
  return {
    from: source,
    path: paths[0],
    ...target,
    dryRun: Boolean(values['dry-run']),
    maxFileMb,
  };
}
