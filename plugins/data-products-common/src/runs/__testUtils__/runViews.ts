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

import { RunProblem, ToolDataset, ToolRun } from '../types';

/** The problems' messages, as a user reads them. */
export const messages = (problems: RunProblem[]) =>
  problems.map(p => p.message);

/** One dataset as a user sees it: label, role, keys, how many checks passed, and those that did not. */
export const seenDataset = (d: ToolDataset) => ({
  label: d.label,
  role: d.role,
  keys: d.keys,
  passed: d.checks.filter(c => c.status === 'pass').length,
  failing: d.checks
    .filter(c => c.status !== 'pass')
    .map(c => `${c.status} ${c.name}${c.message ? `: ${c.message}` : ''}`),
  ...(d.newestDataAt ? { newestDataAt: d.newestDataAt } : {}),
});

/** Every dataset of a run as a user sees it. */
export const seen = (run: ToolRun) => run.datasets.map(seenDataset);

/** A small valid RunEvent, for the cases no real file shows. */
export const runEvent = (overrides: Record<string, unknown> = {}) => ({
  eventType: 'COMPLETE',
  eventTime: '2026-12-07T02:00:00Z',
  run: { runId: '0192963f-f6f8-71c0-8380-500bc70883ee' },
  job: { namespace: 'shop', name: 'orders.daily' },
  inputs: [],
  outputs: [{ namespace: 'postgres://db:5432', name: 'shop.public.orders' }],
  ...overrides,
});
