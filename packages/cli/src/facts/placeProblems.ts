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

import type { RunProblem } from '@meshwork/plugin-data-products-common';
import type { RunFileProblem } from './types';

/** Where a reader's problem belongs: a file, a line, and the path left within. */
export interface ProblemPlace {
  file: string;
  line?: number;
  /** How much of the path is said by the file (and line) already. */
  prefix: string;
}

/**
 * A reader's problem in the file it is about: `run_results.results[3].status:
 * ...` becomes `target/run_results.json` with `results[3].status: ...`. The
 * message starts with the path, so both lose the prefix.
 */
export function placeProblem(
  problem: RunProblem,
  place: ProblemPlace,
  severity: RunFileProblem['severity'],
): RunFileProblem {
  const { file, line, prefix } = place;
  const { path, message } = problem;
  const rest = path.slice(prefix.length).replace(/^\./, '') || '(document)';
  const text = message.startsWith(path)
    ? `${rest}${message.slice(path.length)}`
    : message;
  return { file, ...(line ? { line } : {}), severity, message: text };
}

/** The leading key of a path, `run_results` of `run_results.results[3]`. */
export function firstKey(path: string): string | undefined {
  return /^[A-Za-z_$][\w$-]*/.exec(path)?.[0];
}

/** The leading index of a path, 3 of `[3].run.runId`. */
export function firstIndex(path: string): number | undefined {
  const match = /^\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : undefined;
}
