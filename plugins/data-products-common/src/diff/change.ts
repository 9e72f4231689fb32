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
  DataProductChangeKind,
  DataProductChangeSeverity,
} from './types';

/** A change before the port and its readers are known. */
export type FoundChange = Pick<
  DataProductChange,
  'severity' | 'kind' | 'field' | 'message'
>;

export function found(
  severity: DataProductChangeSeverity,
  kind: DataProductChangeKind,
  field: string,
  message: string,
): FoundChange {
  return { severity, kind, field, message };
}

/** `"PT24H"`, `99.5`, or `none` for what was not set. */
export function shown(value: unknown): string {
  return value === undefined || value === null || value === ''
    ? 'none'
    : JSON.stringify(value);
}
