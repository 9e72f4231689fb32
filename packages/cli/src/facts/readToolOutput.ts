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

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  readDatacontractRun,
  readDbtArtifacts,
  readGreatExpectationsResult,
  readOpenLineageEvents,
  type DbtArtifacts,
  type RunReadResult,
} from '@meshwork/plugin-data-products-common';
import type { ReadFile } from '../readTextFile';
import { parseJson, parseJsonOrLines, type JsonSyntaxError } from './parseJson';
import { readCappedFile } from './readCappedFile';
import {
  firstIndex,
  firstKey,
  placeProblem,
  type ProblemPlace,
} from './placeProblems';
import type { RunFileProblem, ToolOutput, ToolSource } from './types';

/** How to read: the size cap, and a reader for tests. */
export interface ReadOptions {
  maxFileMb: number;
  readFile?: ReadFile;
}

/** A path that names nothing readable: a mistake in the command (exit 2). */
export type Unreadable = { unreadable: string };

const DBT_FILES: Record<keyof DbtArtifacts, string> = {
  runResults: 'run_results.json',
  manifest: 'manifest.json',
  sources: 'sources.json',
};

/** The problems of a read, each where it belongs; warnings only when something is left to send. */
function withReadProblems(
  read: RunReadResult,
  placeOf: (path: string) => ProblemPlace,
  fileProblems: RunFileProblem[],
  files: string[],
): ToolOutput {
  const severity = read.runs.length > 0 ? 'warning' : 'error';
  return {
    runs: read.runs,
    problems: [
      ...fileProblems,
      ...read.problems.map(p => placeProblem(p, placeOf(p.path), severity)),
    ],
    files,
  };
}

function syntaxProblem(file: string, error: JsonSyntaxError): RunFileProblem {
  return { file, ...error, severity: 'error' };
}

async function readDbt(dir: string, options: ReadOptions) {
  // The disk is asked even when tests pass a reader: a directory is a path.
  const kind = await stat(dir).then(
    s => (s.isDirectory() ? 'dir' : 'file'),
    () => 'missing',
  );
  if (kind !== 'dir') {
    return {
      unreadable:
        kind === 'missing'
          ? `cannot read ${dir}: no such directory`
          : `${dir} is a file; pass the directory dbt writes its artifacts to, such as target/`,
    };
  }
  const artifacts: DbtArtifacts = {};
  const problems: RunFileProblem[] = [];
  const files: string[] = [];
  for (const [key, name] of Object.entries(DBT_FILES)) {
    const file = join(dir, name);
    const read = await readCappedFile(
      file,
      options.maxFileMb,
      options.readFile,
    );
    if ('reason' in read && read.missing) continue;
    files.push(file);
    if (!('content' in read)) {
      const why = 'tooLarge' in read ? read.tooLarge : read.reason;
      problems.push({ file, severity: 'error', message: `not read: ${why}` });
      continue;
    }
    const parsed = parseJson(read.content);
    if ('error' in parsed) problems.push(syntaxProblem(file, parsed.error));
    else artifacts[key as keyof DbtArtifacts] = parsed.value;
  }
  if (files.length === 0) {
    return {
      unreadable: `cannot read ${dir}: no ${Object.values(DBT_FILES).join(
        ', ',
      )} in it; is it the directory dbt writes its artifacts to?`,
    };
  }
  const byKey: Record<string, string> = {
    run_results: join(dir, DBT_FILES.runResults),
    manifest: join(dir, DBT_FILES.manifest),
    sources: join(dir, DBT_FILES.sources),
  };
  return withReadProblems(
    readDbtArtifacts(artifacts),
    path => {
      const key = firstKey(path);
      const file = key && byKey[key];
      return file ? { file, prefix: key } : { file: dir, prefix: '' };
    },
    problems,
    files,
  );
}

const READERS: Record<
  Exclude<ToolSource, 'dbt'>,
  (value: unknown) => RunReadResult
> = {
  gx: readGreatExpectationsResult,
  datacontract: readDatacontractRun,
  openlineage: readOpenLineageEvents,
};

async function readFile(
  from: Exclude<ToolSource, 'dbt'>,
  file: string,
  options: ReadOptions,
): Promise<ToolOutput | Unreadable> {
  const read = await readCappedFile(file, options.maxFileMb, options.readFile);
  if ('reason' in read)
    return { unreadable: `cannot read ${file}: ${read.reason}` };
  const nothing = { runs: [], files: [file] };
  if ('tooLarge' in read) {
    const message = `not read: ${read.tooLarge}`;
    return { ...nothing, problems: [{ file, severity: 'error', message }] };
  }
  const parsed =
    from === 'openlineage'
      ? parseJsonOrLines(read.content)
      : parseJson(read.content);
  if ('error' in parsed) {
    return { ...nothing, problems: [syntaxProblem(file, parsed.error)] };
  }
  if ('value' in parsed) {
    const whole = (): ProblemPlace => ({ file, prefix: '' });
    return withReadProblems(READERS[from](parsed.value), whole, [], [file]);
  }
  // JSON Lines: the events' problems at their lines, not at their index.
  const { lines, errors } = parsed;
  return withReadProblems(
    readOpenLineageEvents(lines.map(l => l.value)),
    path => {
      const index = firstIndex(path);
      const line = index === undefined ? undefined : lines[index]?.line;
      return line ? { file, line, prefix: `[${index}]` } : { file, prefix: '' };
    },
    errors.map(error => syntaxProblem(file, error)),
    [file],
  );
}

/**
 * Reads what `--from` names at `path` with -common's readers. Never throws:
 * broken and oversized files come back as problems, a path that names
 * nothing readable as `unreadable`.
 */
export function readToolOutput(
  from: ToolSource,
  path: string,
  options: ReadOptions,
): Promise<ToolOutput | Unreadable> {
  return from === 'dbt'
    ? readDbt(path, options)
    : readFile(from, path, options);
}
