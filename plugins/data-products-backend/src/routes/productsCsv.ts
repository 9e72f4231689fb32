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
 * Where a spreadsheet may start a cell inside our field: at its start, or
 * after any character some spreadsheet splits on. The file is comma-separated,
 * but a spreadsheet set to `;` or tab (most European locales), or one that
 * ignores our quotes, reads `x;=1+1` as two cells, the second a formula. So a
 * formula trigger (= + - @, tab, CR, after any spaces a spreadsheet may trim)
 * that follows a separator or line break is neutralised too, not only a
 * leading one: OWASP's CSV injection guidance says that guarding the first
 * character is not enough once separators and quotes can start a new cell.
 */
const SEPARATOR_BEFORE_TRIGGER = /([,;\t\r\n])(?=[ ]*[=+\-@\t\r])/g;
const LEADING_TRIGGER = /^(?=[ ]*[=+\-@\t\r])/;

/**
 * A text field as OWASP advises: each place a cell could start with a formula
 * trigger gets an apostrophe, which spreadsheets take as "this is text"; the
 * field is quoted when it holds a quote, a separator or a line break (quotes
 * doubled, RFC 4180), so every dialect keeps it one cell. Numbers (the score)
 * are ours, never a user's, and stay as they are.
 */
function field(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string') {
    // Separators first: a leading tab is both a trigger and a separator.
    text = text
      .replace(SEPARATOR_BEFORE_TRIGGER, "$1'")
      .replace(LEADING_TRIGGER, "'");
  }
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
