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
import { z } from 'zod/v3';

const timestamp = z
  .string()
  .datetime({ offset: true, message: 'expected an ISO 8601 timestamp' });

const check = z.object({
  name: z.string().min(1).max(1024),
  status: z.enum(['pass', 'fail', 'warn', 'error', 'skipped']),
  kind: z.enum(['quality', 'freshness', 'build']),
  message: z.string().max(4096).optional(),
  failures: z.number().int().nonnegative().optional(),
});

const dataset = z.object({
  keys: z
    .array(
      z
        .string()
        .max(1024)
        .regex(
          /^[a-z][a-z-]*:.+$/,
          'expected a dataset key such as dbt:model.shop.orders',
        ),
    )
    .min(1)
    .max(50),
  label: z.string().min(1).max(1024),
  role: z.enum(['output', 'input', 'checked']),
  checks: z.array(check).max(100_000),
  newestDataAt: timestamp.optional(),
});

const run = z.object({
  tool: z.enum([
    'dbt',
    'openlineage',
    'great-expectations',
    'datacontract-cli',
  ]),
  runId: z.string().max(255).optional(),
  job: z.string().max(1024).optional(),
  finishedAt: timestamp.optional(),
  state: z.enum(['complete', 'fail', 'running', 'other']),
  link: z
    .string()
    .url()
    .regex(/^https?:/i, 'expected an http(s) link')
    .optional(),
  datasets: z.array(dataset).max(100_000),
});

/**
 * Runs already read, as `meshwork facts push` sends them: the CLI reads the
 * tool's files where they are and posts only what counts.
 */
export const toolRunsBody = z
  .object({ runs: z.array(run).min(1).max(1_000) })
  .superRefine((body, ctx) => {
    const checks = body.runs.reduce(
      (n, r) => n + r.datasets.reduce((m, d) => m + d.checks.length, 0),
      0,
    );
    if (checks > 200_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['runs'],
        message: `hold ${checks} checks; expected at most 200000 per request`,
      });
    }
  }) as z.ZodType<{ runs: ToolRun[] }>;
