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

import { escapeControlCharacters } from '@meshwork/plugin-data-products-common';
import { LintProblem, LintReport } from './types';

/** `catalog-info.yaml:12:9: error: spec.outputPorts[1].sla.freshness: found ...`, the compilers' format editors understand. */
export function formatProblem(
  problem: Omit<LintProblem, 'severity'> & { severity: 'error' | 'warning' },
): string {
  const { file, line, column, severity, message } = problem;
  // A file name given on the command line is printed as safely as a message.
  return `${escapeControlCharacters(
    file,
  )}:${line}:${column}: ${severity}: ${message}`;
}

/** The `--format json` output: only the fields CI tools rely on, in a fixed order. */
export function formatProblemsAsJson(
  problems: ReadonlyArray<LintProblem>,
): string {
  return JSON.stringify(problemRows(problems), undefined, 2);
}

/** The fields of a problem that the JSON output promises. */
export function problemRows(problems: ReadonlyArray<LintProblem>) {
  return problems.map(({ file, line, column, severity, message }) => ({
    file,
    line,
    column,
    severity,
    message,
  }));
}

/** `1 file`, `3 files`: for the one-line summaries on stderr. */
export function counted(
  count: number,
  singular: string,
  plural = `${singular}s`,
): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** `meshwork lint: 3 files, 5 data products, no problems` */
export function formatSummary(report: LintReport): string {
  const dataProducts = report.files.reduce(
    (sum, f) => sum + f.dataProducts.length,
    0,
  );
  const problems = report.problems.length;
  return [
    `meshwork lint: ${counted(report.files.length, 'file')}`,
    counted(dataProducts, 'data product'),
    problems === 0 ? 'no problems' : counted(problems, 'problem'),
  ].join(', ');
}
