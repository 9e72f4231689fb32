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

import {
  formatFieldPath,
  validateDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import { Document, LineCounter, parseAllDocuments } from 'yaml';
import { locate, ProblemTarget } from '../lint/locate';
import type { LintProblem } from '../lint/types';
import type { ServerProblem } from './types';

/** `/spec/outputPorts/1/name` → `['spec', 'outputPorts', 1, 'name']` (RFC 6901). */
export function parsePointer(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(segment =>
      /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment,
    );
}

/**
 * Whether the problem at `path` is about the key (an unknown field) or the
 * value. The backend doesn't say; the CLI's copy of the same validator does,
 * and lint points an unknown key at the key, so evaluate should too.
 */
function targetOf(
  doc: Document.Parsed,
  path: ReadonlyArray<string | number>,
): ProblemTarget {
  try {
    const field = formatFieldPath(path);
    const known = validateDataProductEntity(doc.toJS()).find(
      p => p.field === field,
    );
    return known?.target ?? 'value';
  } catch {
    return 'value'; // toJS refuses alias bombs; the position is still close.
  }
}

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
    const path = parsePointer(problem.path ?? '');
    const field = problem.field ?? formatFieldPath(path);
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
      locate(doc, path, targetOf(doc, path)),
    );
    return { ...base, line, column: col };
  });
  return located.sort((a, b) => a.line - b.line || a.column - b.column);
}
