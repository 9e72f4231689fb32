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

import { isRawObject, type RawObject } from './FieldReader';

// ODCS v3 has no `pii` field: Meshwork's convention (and the scorecard's
// "PII columns are tagged" rule) is a `pii` tag on the column, object or
// contract. A custom property or a v2-style `pii: true` also counts, as
// contracts migrated from ODCS v2 still carry it.
const PII_TAGS = new Set([
  'pii',
  'personal-data',
  'personal_data',
  'personaldata',
]);
const PII_CUSTOM_PROPERTIES = new Set(['pii', 'containspii', 'personaldata']);

function isTrue(value: unknown): boolean {
  return (
    value === true ||
    (typeof value === 'string' && ['true', 'yes'].includes(value.toLowerCase()))
  );
}

/** Whether an element of the contract says it holds personal data. */
export function declaresPii(raw: RawObject, tags: string[]): boolean {
  if (tags.some(tag => PII_TAGS.has(tag.trim().toLowerCase()))) return true;
  if (isTrue(raw.pii)) return true;
  const custom = Array.isArray(raw.customProperties)
    ? raw.customProperties
    : [];
  return custom.some(
    entry =>
      isRawObject(entry) &&
      typeof entry.property === 'string' &&
      PII_CUSTOM_PROPERTIES.has(entry.property.toLowerCase()) &&
      isTrue(entry.value),
  );
}

/**
 * Whether a classification calls for care (restricted, confidential,
 * secret…). ODCS leaves the scale to each company, so words are matched,
 * not a fixed list; numeric scales are shown as written, unjudged.
 *
 * @public
 */
export function isSensitiveClassification(classification?: string): boolean {
  return /restricted|confidential|secret|sensitive/i.test(classification ?? '');
}
