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
  escapeControlCharacters,
  type RunPushResponse,
  type ToolCheckStatus,
  type ToolDataset,
  type ToolRun,
} from '@meshwork/plugin-data-products-common';
import { counted } from '../lint/formatProblem';
import type { RunFileProblem } from './types';

// Text from a tool's file goes to a terminal or a CI log: escaped, always.
const safe = escapeControlCharacters;

/** As the linter prints a problem: `FILE:LINE:COLUMN: SEVERITY: MESSAGE`, with what is known. */
export function formatRunFileProblem(problem: RunFileProblem): string {
  const { file, line, column, severity, message } = problem;
  const where = [safe(file), line, line && column].filter(Boolean).join(':');
  return `${where}: ${severity}: ${message}`;
}

const STATUSES: ToolCheckStatus[] = [
  'pass',
  'fail',
  'warn',
  'error',
  'skipped',
];

/** `32 checks: 30 pass, 2 fail`, the statuses in a fixed order. */
function checksOf(datasets: ToolDataset[]): string {
  const checks = datasets.flatMap(d => d.checks);
  const byStatus = STATUSES.map(status => ({
    status,
    n: checks.filter(c => c.status === status).length,
  })).filter(({ n }) => n > 0);
  const total = counted(checks.length, 'check');
  return byStatus.length === 0
    ? total
    : `${total}: ${byStatus
        .map(({ status, n }) => `${n} ${status}`)
        .join(', ')}`;
}

/**
 * What `--dry-run` would send, per run a line, and per dataset its checks
 * and the keys a port would claim it by.
 */
export function formatRuns(runs: ToolRun[]): string[] {
  return runs.flatMap(run => {
    const job = run.job ? ` (${safe(run.job)})` : '';
    const name = `${run.tool} run${
      run.runId ? ` ${safe(run.runId)}` : ''
    }${job}`;
    const when = run.finishedAt ? ` finished ${run.finishedAt}` : '';
    return [
      `${name}${when}: ${run.state}; ${counted(
        run.datasets.length,
        'dataset',
      )}, ${checksOf(run.datasets)}`,
      ...run.datasets.map(
        d =>
          `  ${d.role} ${safe(d.label)}: ${checksOf([d])}; keys ${d.keys
            .map(safe)
            .join(', ')}`,
      ),
    ];
  });
}

/**
 * The backend's answer: the products re-scored, the facts stored, and the
 * datasets no port claims with the keys that would, so an owner knows what
 * to add to a port.
 */
export function formatAnswer(
  answer: RunPushResponse,
  unplacedUrl: string,
): string[] {
  const { products, facts, unplaced } = answer;
  const lines = [
    `${counted(facts, 'fact')} stored; ${counted(
      products.length,
      'data product',
    )} re-scored${products.length > 0 ? ':' : ''}`,
    ...products.map(ref => `  ${safe(ref)}`),
  ];
  if (unplaced.total === 0) return lines;
  lines.push(
    `${counted(
      unplaced.total,
      'dataset',
    )} no output port claims; to claim one, add one of its keys to the port's outputPorts[].datasets, or give the port a server with the same location:`,
    ...unplaced.items.map(
      ({ label, keys }) => `  ${safe(label)}: ${keys.map(safe).join(', ')}`,
    ),
  );
  const more = unplaced.total - unplaced.items.length;
  if (more > 0) {
    lines.push(`  and ${more} more; GET ${unplacedUrl} lists them all`);
  }
  return lines;
}

/** The runs and checks read, for the summary line. */
export function describeRead(runs: ToolRun[]): string {
  const datasets = runs.flatMap(run => run.datasets);
  return `${counted(runs.length, 'run')}, ${counted(
    datasets.flatMap(d => d.checks).length,
    'check',
  )} on ${counted(datasets.length, 'dataset')}`;
}
