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

/** A dataset of a run, as stored: the columns fitted, so possibly null. */
interface RunDataset {
  tool: string | null;
  run_id: string | null;
  label: string | null;
}

const identity = (row: RunDataset) =>
  JSON.stringify([row.tool, row.run_id, row.label]);

/** The rows of `batch` whose run's dataset is not listed yet. */
async function withoutStored<T extends RunDataset>(
  tx: Knex.Transaction,
  batch: T[],
): Promise<T[]> {
  const runIds = [...new Set(batch.flatMap(row => row.run_id ?? []))];
  if (runIds.length === 0) return batch;
  const stored: RunDataset[] = await tx(TABLE)
    .whereIn('run_id', runIds)
    .select('tool', 'run_id', 'label');
  const known = new Set(stored.map(identity));
  return batch.filter(row => row.run_id === null || !known.has(identity(row)));
}

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

  /**
   * Lists the results, but not a dataset of a run (by the tool's id of the
   * run) listed already: a run posted again, or retried after a 503, is
   * listed once. A result without a run id can't be told apart and is added.
   */
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
      for (const batch of chunks(rows)) {
        const fresh = await withoutStored(tx, batch);
        if (fresh.length > 0) await tx(TABLE).insert(fresh);
      }
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
