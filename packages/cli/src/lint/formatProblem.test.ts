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
  formatProblem,
  formatProblemsAsJson,
  formatSummary,
} from './formatProblem';
import { LintProblem, LintReport } from './types';

const problem: LintProblem = {
  file: 'data/catalog-info.yaml',
  line: 12,
  column: 9,
  severity: 'error',
  message:
    'spec.status: found "actve"; expected one of proposed, draft, active, deprecated, retired',
  field: 'spec.status',
};

function report(
  files: number,
  dataProducts: number,
  problems: number,
): LintReport {
  return {
    files: Array.from({ length: files }, (_, i) => ({
      file: `f${i}.yaml`,
      dataProducts: i === 0 ? Array(dataProducts).fill({}) : [],
      problems: [],
    })),
    unreadableFiles: [],
    problems: Array(problems).fill(problem),
  };
}

describe('formatProblem', () => {
  it('writes FILE:LINE:COLUMN: error: MESSAGE', () => {
    expect(formatProblem(problem)).toBe(
      'data/catalog-info.yaml:12:9: error: spec.status: found "actve"; expected one of proposed, draft, active, deprecated, retired',
    );
  });

  it('writes JSON with the fields CI tools rely on', () => {
    expect(JSON.parse(formatProblemsAsJson([problem]))).toEqual([
      {
        file: 'data/catalog-info.yaml',
        line: 12,
        column: 9,
        severity: 'error',
        message: problem.message,
      },
    ]);
    expect(formatProblemsAsJson([])).toBe('[]');
  });

  it('sums up files, data products and problems', () => {
    expect(formatSummary(report(3, 5, 0))).toBe(
      'meshwork lint: 3 files, 5 data products, no problems',
    );
    expect(formatSummary(report(1, 1, 1))).toBe(
      'meshwork lint: 1 file, 1 data product, 1 problem',
    );
    expect(formatSummary(report(2, 0, 4))).toBe(
      'meshwork lint: 2 files, 0 data products, 4 problems',
    );
  });
});
