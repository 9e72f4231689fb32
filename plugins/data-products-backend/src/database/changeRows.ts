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
