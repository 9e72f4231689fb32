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

import { InputError } from '@backstage/errors';
import type {
  DataProductChange,
  DataProductChangeRecord,
} from '@meshwork/plugin-data-products-common';
import type { ChangeHistoryQuery } from './ChangeHistoryStore';
import { toIso } from './database';

/** A row of data_product_changes as the listing reads it. */
export interface ChangeRow {
  id: string;
  entity_ref: string;
  detected_at: Date | string | number;
  from_version: string | null;
  to_version: string | null;
  changes: string;
  unversioned: number;
}

/** Where a page ended: the time and id of its last change. */
export function changeCursor(row: ChangeRow): string {
  return `${new Date(toIso(row.detected_at)).getTime()}_${row.id}`;
}

/** A cursor from a previous page; anything else is the caller's mistake. */
export function parseChangeCursor(cursor: string): {
  detectedAt: Date;
  id: string;
} {
  const match = /^(\d+)_([0-9a-f-]{36})$/.exec(cursor);
  // A forged time past what a Date holds is an Invalid Date, which
  // PostgreSQL refuses with a 500.
  const detectedAt = new Date(Number(match?.[1]));
  if (!match || Number.isNaN(detectedAt.getTime())) {
    throw new InputError(
      'cursor: expected the nextCursor of a previous page of changes',
    );
  }
  return { detectedAt, id: match[2] };
}

/** A stored change as GET /changes lists it: only the breaking ones when asked. */
export function recordOf(
  row: ChangeRow,
  severity: ChangeHistoryQuery['severity'],
): DataProductChangeRecord {
  const changes: DataProductChange[] = JSON.parse(row.changes);
  return {
    id: row.id,
    entityRef: row.entity_ref,
    detectedAt: toIso(row.detected_at),
    fromVersion: row.from_version ?? undefined,
    toVersion: row.to_version ?? undefined,
    changes:
      severity === 'breaking'
        ? changes.filter(c => c.severity === 'breaking')
        : changes,
    unversioned: Number(row.unversioned),
  };
}
