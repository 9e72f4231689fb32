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

import type { DataProductListItem } from '@meshwork/plugin-data-products-common';

const FIXED_COLUMNS = [
  'entityRef',
  'title',
  'domain',
  'owner',
  'status',
  'type',
  'level',
  'score',
];

/**
 * A field quoted when RFC 4180 requires it: a comma, quote or line break.
 * Text a spreadsheet would run as a formula (a title written `=HYPERLINK(…)`
 * by a domain owner) gets a leading apostrophe, as OWASP advises.
 */
function field(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The governance matrix: one line per product, one column per rule with
 * its state (empty if the product was not evaluated against it), CRLF line
 * ends as RFC 4180 has them.
 */
export function productsCsv(
  items: DataProductListItem[],
  ruleIds: string[],
): string {
  const lines = [
    [...FIXED_COLUMNS, ...ruleIds],
    ...items.map(item => [
      item.entityRef,
      item.title,
      item.domainRef,
      item.ownerRef,
      item.status,
      item.type,
      item.level,
      item.score,
      ...ruleIds.map(ruleId => item.states[ruleId]),
    ]),
  ];
  return lines.map(line => `${line.map(field).join(',')}\r\n`).join('');
}
