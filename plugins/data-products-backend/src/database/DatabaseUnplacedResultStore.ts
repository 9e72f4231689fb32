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

import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { chunks, connectDatabase, fitColumn, toIso } from './database';
import type {
  UnplacedResult,
  UnplacedResultStore,
} from './UnplacedResultStore';

const TABLE = 'data_product_unplaced_results';

interface Row {
  tool: string;
  run_id: string | null;
  job: string | null;
  label: string;
  keys: string;
  checks: number;
  finished_at: Date | string | number | null;
  received_at: Date | string | number;
  reported_by: string;
}

const resultOf = (row: Row): UnplacedResult => ({
  tool: row.tool,
  runId: row.run_id ?? undefined,
  job: row.job ?? undefined,
  label: row.label,
  keys: JSON.parse(row.keys),
  checks: Number(row.checks),
  finishedAt: row.finished_at === null ? undefined : toIso(row.finished_at),
  receivedAt: toIso(row.received_at),
  reportedBy: row.reported_by,
});

/** Unplaced results in the plugin's database, in chunked inserts. */
export class DatabaseUnplacedResultStore implements UnplacedResultStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseUnplacedResultStore> {
    return new DatabaseUnplacedResultStore(
      await connectDatabase(options.database),
    );
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  async add(results: UnplacedResult[]): Promise<void> {
    // most runs place everything: no transaction for nothing
    if (results.length === 0) return;
    const rows = results.map(result => ({
      tool: fitColumn(result.tool, 64),
      run_id: fitColumn(result.runId),
      job: fitColumn(result.job),
      label: fitColumn(result.label, 512),
      keys: JSON.stringify(result.keys),
      checks: result.checks,
      finished_at: result.finishedAt ? new Date(result.finishedAt) : null,
      received_at: new Date(result.receivedAt),
      reported_by: fitColumn(result.reportedBy),
    }));
    await this.#db.transaction(async tx => {
      for (const batch of chunks(rows)) await tx(TABLE).insert(batch);
    });
  }

  async list(page: { limit: number; offset: number }) {
    const [rows, [{ count }]] = await Promise.all([
      this.#db<Row>(TABLE)
        .select()
        .orderBy([
          { column: 'received_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(page.limit)
        .offset(page.offset),
      this.#db(TABLE).count({ count: '*' }),
    ]);
    return { items: rows.map(resultOf), total: Number(count) };
  }

  async prune(cutoff: Date): Promise<number> {
    return this.#db(TABLE).where('received_at', '<', cutoff).delete();
  }
}
