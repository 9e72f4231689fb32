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
import { databaseTimer } from './databaseTimer';

/** The tables of the plugin a statement touches, for counting them. */
const TABLES: Array<[string, RegExp]> = [
  ['facts', /data_product_facts/i],
  ['unplaced results', /data_product_unplaced_results/i],
  ['scorecards', /scorecard_(results|history)/i],
  ['waivers', /data_product_waiver/i],
];

export interface StatementCount {
  total: number;
  seconds: number;
  /** By table: statements and seconds, `other` for the rest: BEGIN and COMMIT (counted, not timed: knex gives them no response event), the schema. */
  byTable: Array<{ table: string; statements: number; seconds: number }>;
}

/**
 * Counts and times the database statements from now until `stop()`, by
 * table, from knex's query events (every statement of the plugin's, since
 * the benchmark gives it this knex).
 */
export function countStatements(knex: Knex) {
  const timer = databaseTimer(
    knex,
    sql => TABLES.find(([, pattern]) => pattern.test(sql))?.[0] ?? 'other',
  );
  return {
    stop(): StatementCount {
      timer.stop();
      const byTable = [...TABLES.map(([table]) => table), 'other']
        .map(table => ({
          table,
          statements: timer.statements(table),
          seconds: timer.seconds(table),
        }))
        .filter(share => share.statements > 0);
      return {
        total: byTable.reduce((n, share) => n + share.statements, 0),
        seconds: byTable.reduce((n, share) => n + share.seconds, 0),
        byTable,
      };
    },
  };
}
