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

import type { Knex } from 'knex';

type QueryEvent = { __knexQueryUid: string; sql: string };

/**
 * Time spent in the database, added up by what each statement touches:
 * `classify` names a statement's share from its SQL (undefined: not
 * counted). Read from knex's query events, so it times the plugin's own
 * queries without reaching into its stores.
 */
export function databaseTimer(
  knex: Knex,
  classify: (sql: string) => string | undefined,
) {
  const started = new Map<string, bigint>();
  const totals = new Map<string, number>();
  const counts = new Map<string, number>();
  const onQuery = (query: QueryEvent) => {
    started.set(query.__knexQueryUid, process.hrtime.bigint());
    // Counted when sent: a transaction's BEGIN and COMMIT get no response event.
    const share = classify(query.sql);
    if (share) counts.set(share, (counts.get(share) ?? 0) + 1);
  };
  const onDone = (query: QueryEvent) => {
    const start = started.get(query.__knexQueryUid);
    started.delete(query.__knexQueryUid);
    const share = classify(query.sql);
    if (start === undefined || !share) return;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    totals.set(share, (totals.get(share) ?? 0) + seconds);
  };
  const onResponse = (_response: unknown, query: QueryEvent) => onDone(query);
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  knex.on('query-error', onResponse);
  return {
    /** Seconds spent so far in statements of that share. */
    seconds: (share: string) => totals.get(share) ?? 0,
    /** Statements of that share sent so far, transactions' BEGIN and COMMIT too (untimed). */
    statements: (share: string) => counts.get(share) ?? 0,
    stop() {
      knex.removeListener('query', onQuery);
      knex.removeListener('query-response', onResponse);
      knex.removeListener('query-error', onResponse);
    },
  };
}
