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
  allowanceReason,
  type DataProductChange,
  type DataProductChangeRecord,
} from '@meshwork/plugin-data-products-common';

/** The rule a breaking change without a new major version fails. */
export const BREAKING_CHANGE_RULE = 'no-unversioned-breaking-change';

/** `1.4.0 → 1.5.0`; one that stayed says so, as that is why it breaks. */
export function versionMove(record: DataProductChangeRecord): string {
  const { fromVersion, toVersion } = record;
  if (fromVersion && fromVersion === toVersion) {
    return `${fromVersion} (unchanged)`;
  }
  return `${fromVersion ?? 'none'} → ${toVersion ?? 'none'}`;
}

function unique<T>(values: Array<T | undefined>): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined))];
}

export function breakingChanges(
  record: DataProductChangeRecord,
): DataProductChange[] {
  return record.changes.filter(change => change.severity === 'breaking');
}

/** The ports the changes are on (`orders v1.2.0`), each once. */
export function portsOf(changes: DataProductChange[]): string[] {
  return unique(changes.map(change => change.port));
}

/**
 * The products that read what changed, each once; undefined when the
 * backend named no readers at all (as opposed to none known).
 */
export function readersOf(changes: DataProductChange[]): string[] | undefined {
  if (changes.every(change => change.readers === undefined)) return undefined;
  return unique(changes.flatMap(change => change.readers ?? []));
}

/**
 * Whether a major version allows the detection's breaks: the backend's
 * count of those without one decides; the reasons come from the others.
 */
export type ChangeVerdict =
  | { allowed: false; unversioned: number; of: number }
  | { allowed: true; reasons: string[] };

export function verdictOf(record: DataProductChangeRecord): ChangeVerdict {
  const changes = breakingChanges(record);
  if (record.unversioned > 0) {
    return {
      allowed: false,
      unversioned: record.unversioned,
      of: Math.max(changes.length, record.unversioned),
    };
  }
  return {
    allowed: true,
    reasons: unique(
      changes.map(
        change => change.allowedBy && allowanceReason(change.allowedBy),
      ),
    ),
  };
}
