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

import { JsonPath, RunReadContext } from './readContext';
import { ToolCheckStatus } from './types';
import { lookup, own } from './values';

/** A check's name with the column it is on, if any: `not_null on customer_id`. */
export function checkName(name: string, column?: string): string {
  return column ? `${name} on ${column}` : name;
}

/** Severities that make a failing check a warning, in the words tools use. */
const WARNING_SEVERITIES = new Set(['warn', 'warning', 'info', 'low', 'minor']);

/**
 * The status of a check that found issues: `warn` when its configured
 * severity only warns (dbt `warn`, GX 1.x `warning`/`info`), else `fail`.
 */
export function failedStatus(severity: unknown): ToolCheckStatus {
  return typeof severity === 'string' &&
    WARNING_SEVERITIES.has(severity.trim().toLowerCase())
    ? 'warn'
    : 'fail';
}

/**
 * A status field read through the tool's table of statuses (keys in lower
 * case). A status the table does not know is a problem that lists the known
 * ones and says what became of it (`ifUnknown`), and gives undefined.
 */
export function statusField<T>(
  ctx: RunReadContext,
  record: unknown,
  key: string,
  path: JsonPath,
  statuses: Record<string, T>,
  ifUnknown = 'the check counts as skipped',
): T | undefined {
  const raw = own(record, key);
  const status =
    typeof raw === 'string'
      ? lookup(statuses, raw.trim().toLowerCase())
      : undefined;
  if (status === undefined) {
    ctx.wrong(
      [...path, key],
      raw,
      `one of ${Object.keys(statuses).join(', ')}; ${ifUnknown}`,
    );
  }
  return status;
}
