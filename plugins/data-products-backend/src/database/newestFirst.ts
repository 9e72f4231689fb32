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
import type { Knex } from 'knex';
import { toIso } from './database';

/** Where a page of a newest-first listing ended: its last row's time and id. */
interface PageEnd {
  time: Date;
  id: string;
}

/**
 * The previous page's end from its cursor, `<milliseconds>_<uuid>`;
 * anything else is the caller's mistake, a 400 naming `what` was listed.
 */
export function parseNewestFirstCursor(cursor: string, what: string): PageEnd {
  const match = /^(\d+)_([0-9a-f-]{36})$/.exec(cursor);
  // A forged time past what a Date holds is an Invalid Date, which
  // PostgreSQL refuses with a 500.
  const time = new Date(Number(match?.[1]));
  if (!match || Number.isNaN(time.getTime())) {
    throw new InputError(
      `cursor: expected the nextCursor of a previous page of ${what}`,
    );
  }
  return { time, id: match[2] };
}

/**
 * Rows newest first by `timeColumn`, then by id, from after the previous
 * page's end, one more than the page holds: the one more says another
 * page follows.
 */
export function newestFirstPage(
  builder: Knex.QueryBuilder,
  timeColumn: string,
  after: PageEnd | undefined,
  limit: number,
): Knex.QueryBuilder {
  if (after) {
    builder.where(inner =>
      inner
        .where(timeColumn, '<', after.time)
        .orWhere(same =>
          same.where(timeColumn, '=', after.time).where('id', '<', after.id),
        ),
    );
  }
  return builder
    .orderBy([
      { column: timeColumn, order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit + 1);
}

/** The page of the rows `newestFirstPage` read, and the cursor of the next one. */
export function pageOf<TRow extends { id: string }>(
  rows: TRow[],
  limit: number,
  timeOf: (row: TRow) => Date | string | number,
): { page: TRow[]; nextCursor?: string } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    page,
    nextCursor:
      rows.length > limit
        ? `${new Date(toIso(timeOf(last))).getTime()}_${last.id}`
        : undefined,
  };
}
