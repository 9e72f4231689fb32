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

import { Document, LineCounter, parseAllDocuments } from 'yaml';
import { locate } from '../lint/locate';
import type { LintProblem } from '../lint/types';
import type { ServerProblem } from './types';

/** The message as lint prints it: starting with the field. */
function messageOf(problem: ServerProblem, field: string): string {
  return problem.message.startsWith(`${field}:`)
    ? problem.message
    : `${field}: ${problem.message}`;
}

/**
 * Turns the backend's validation problems into lint's problems, so both
 * commands print `FILE:LINE:COLUMN: error: MESSAGE`. The backend's position
 * wins; without one, the path is located in the file as lint would.
 */
export function locateProblems(
  file: string,
  content: string,
  problems: ReadonlyArray<ServerProblem>,
): LintProblem[] {
  const lineCounter = new LineCounter();
  // Parsed only if some problem comes without a line.
  let docs: Document.Parsed[] | undefined;
  const located = problems.map((problem): LintProblem => {
    const { path, field } = problem;
    const base = {
      file,
      severity: 'error' as const,
      message: messageOf(problem, field),
      field,
    };
    if (problem.line) {
      return { ...base, line: problem.line, column: problem.column ?? 1 };
    }
    docs ??= parseAllDocuments(content, { lineCounter, prettyErrors: false });
    const doc = docs[problem.document ?? 0];
    if (!doc) return { ...base, line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(
      locate(doc, path, problem.target),
    );
    return { ...base, line, column: col };
  });
  return located.sort((a, b) => a.line - b.line || a.column - b.column);
}
