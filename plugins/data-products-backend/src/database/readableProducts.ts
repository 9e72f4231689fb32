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
import type { Condition } from './productFilters';

/** The products a caller may read: every one, or only these refs. */
export type ReadableProducts =
  | { all: true }
  | { all: false; refs: readonly string[] };

/**
 * Each readable set's bindings, built once per set: a request's queries (the
 * count, the page, the facets) and every request while the set is cached
 * bind the same refs, and at 43,000 refs the PostgreSQL literal is 2 MB and
 * took 15 to 50 ms to build each time.
 */
const bindings = new WeakMap<
  readonly string[],
  { postgres?: string; json?: string }
>();

function bindingsOf(values: readonly string[]) {
  let known = bindings.get(values);
  if (!known) {
    known = {};
    bindings.set(values, known);
  }
  return known;
}

/** A PostgreSQL array literal of the strings, each quoted and escaped. */
function postgresTextArray(values: readonly string[]): string {
  const known = bindingsOf(values);
  if (known.postgres === undefined) {
    const quoted = values.map(
      value => `"${value.replace(/[\\"]/g, c => `\\${c}`)}"`,
    );
    known.postgres = `{${quoted.join(',')}}`;
  }
  return known.postgres;
}

/** The strings as a JSON array, for SQLite's and MySQL's JSON table functions. */
function jsonArray(values: readonly string[]): string {
  const known = bindingsOf(values);
  known.json ??= JSON.stringify(values);
  return known.json;
}

/**
 * `column` is one of the readable refs, or undefined when all are. The refs
 * go as one parameter, however many: a list of `?` would pass the
 * databases' parameter limits (SQLite's 32,766, PostgreSQL's 65,535) in a
 * large catalog, and cost a parse per parameter.
 *
 * On PostgreSQL it is a text[] (`= any`) rather than JSON expanded by
 * `jsonb_array_elements_text`: the planner sees the array's values and
 * probes them as a hash table, once per row. The set-returning function is
 * estimated at 100 rows whatever it returns, and where the planner also
 * underestimated the rows the other filters leave (a table not yet
 * analyzed), it chose a nested loop that expanded the JSON again for every
 * one of them: 3 s for a page of 10,000 products half hidden, 10 ms now
 * (bench:browse in packages/benchmarks).
 */
export function readableCondition(
  db: Knex | Knex.QueryBuilder,
  column: string,
  readable: ReadableProducts | undefined,
): Condition | undefined {
  if (!readable || readable.all) return undefined;
  if (readable.refs.length === 0) return { sql: '1 = 0', bindings: [] };
  const client = String(db.client.config.client);
  if (client === 'pg') {
    return {
      sql: `${column} = any(cast(? as text[]))`,
      bindings: [postgresTextArray(readable.refs)],
    };
  }
  const refs = jsonArray(readable.refs);
  if (client.includes('sqlite')) {
    return {
      sql: `${column} in (select value from json_each(?))`,
      bindings: [refs],
    };
  }
  // MySQL 8
  return {
    sql: `${column} in (select j.ref from json_table(?, '$[*]' columns (ref varchar(255) path '$')) as j)`,
    bindings: [refs],
  };
}

/** Restricts a query to the readable products, if not all are. */
export function whereReadable(
  builder: Knex.QueryBuilder,
  column: string,
  readable: ReadableProducts | undefined,
): void {
  const condition = readableCondition(builder, column, readable);
  if (condition) builder.whereRaw(condition.sql, condition.bindings);
}

/**
 * Restricts a query to the listed refs, however many, bound as one
 * parameter as the readable ones are; to every row when none are listed.
 */
export function whereAmong(
  builder: Knex.QueryBuilder,
  column: string,
  refs: readonly string[] | undefined,
): void {
  if (refs) whereReadable(builder, column, { all: false, refs });
}
