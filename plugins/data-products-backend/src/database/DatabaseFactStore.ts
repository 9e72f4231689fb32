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
import type { DataProductFact } from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import { chunks, connectDatabase, toIso } from './database';
import type { FactStore, ReportedFact } from './FactStore';

interface FactRow {
  entity_ref: string;
  port: string;
  name: string;
  value: string;
  observed_at: Date | string | number;
  source: string | null;
}

function factOf(row: FactRow): DataProductFact {
  return {
    entityRef: row.entity_ref,
    port: row.port || undefined,
    name: row.name,
    value: JSON.parse(row.value),
    observedAt: toIso(row.observed_at),
    ...(row.source ? { source: JSON.parse(row.source) } : {}),
  };
}

type NewFactRow = Omit<FactRow, 'observed_at'> & { observed_at: Date };

/** What makes two reports the same: everything but when it arrived and from whom. */
const identity = (row: FactRow) =>
  JSON.stringify([
    row.entity_ref,
    row.port,
    row.name,
    toIso(row.observed_at),
    row.value,
    row.source ?? null,
  ]);

/** The rows of `batch` not stored already: one query per 500. */
async function withoutStored<T extends NewFactRow>(
  tx: Knex.Transaction,
  batch: T[],
): Promise<T[]> {
  const times = new Set(batch.map(row => row.observed_at.getTime()));
  const stored: FactRow[] = await tx('data_product_facts')
    .whereIn('entity_ref', [...new Set(batch.map(row => row.entity_ref))])
    .whereIn(
      'observed_at',
      [...times].map(time => new Date(time)),
    )
    .select('entity_ref', 'port', 'name', 'observed_at', 'value', 'source');
  if (stored.length === 0) return batch;
  const known = new Set(stored.map(identity));
  return batch.filter(row => !known.has(identity(row)));
}

/** Facts in the plugin's database, one row per report. */
export class DatabaseFactStore implements FactStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseFactStore> {
    return new DatabaseFactStore(await connectDatabase(options.database));
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * Stores the facts in one transaction, but none already stored as is
   * (same product, port, name, time, value and run): a pipeline may post a
   * run again, a caller is told to retry after a 503 (the run's facts may
   * have been saved before what failed), and a fact stored twice would
   * show twice among the latest.
   */
  async addFacts(facts: ReportedFact[], receivedAt: Date): Promise<void> {
    const rows = facts.map(fact => ({
      entity_ref: fact.entityRef,
      port: fact.port ?? '',
      name: fact.name,
      value: JSON.stringify(fact.value),
      observed_at: new Date(fact.observedAt),
      received_at: receivedAt,
      reported_by: fact.reportedBy,
      source: fact.source ? JSON.stringify(fact.source) : null,
    }));
    await this.#db.transaction(async tx => {
      for (const batch of chunks(rows)) {
        const fresh = await withoutStored(tx, batch);
        if (fresh.length > 0) await tx('data_product_facts').insert(fresh);
      }
    });
  }

  /**
   * The latest fact per (product, port, name), grouped by product: one query
   * for every product, or for the listed ones.
   */
  async latestFacts(
    entityRefs?: string[],
  ): Promise<Map<string, DataProductFact[]>> {
    const latest = this.#db('data_product_facts')
      .select('entity_ref', 'port', 'name')
      .max({ latest_at: 'observed_at' })
      .groupBy('entity_ref', 'port', 'name')
      .modify(builder => {
        if (entityRefs) builder.whereIn('entity_ref', entityRefs);
      })
      .as('latest');
    const rows: FactRow[] = await this.#db('data_product_facts as fact')
      .join(latest, join =>
        join
          .on('fact.entity_ref', 'latest.entity_ref')
          .andOn('fact.port', 'latest.port')
          .andOn('fact.name', 'latest.name')
          .andOn('fact.observed_at', 'latest.latest_at'),
      )
      .select(
        'fact.entity_ref',
        'fact.port',
        'fact.name',
        'fact.value',
        'fact.observed_at',
        'fact.source',
      );
    const byProduct = new Map<string, DataProductFact[]>();
    for (const row of rows) {
      const facts = byProduct.get(row.entity_ref) ?? [];
      facts.push(factOf(row));
      byProduct.set(row.entity_ref, facts);
    }
    return byProduct;
  }

  /** Deletes facts observed before `cutoff` that a newer fact of the same key supersedes. */
  async prune(cutoff: Date): Promise<number> {
    return this.#db('data_product_facts')
      .where('observed_at', '<', cutoff)
      .whereExists(newer =>
        newer
          .select(this.#db.raw('1'))
          .from('data_product_facts as newer')
          .whereRaw('newer.entity_ref = data_product_facts.entity_ref')
          .whereRaw('newer.port = data_product_facts.port')
          .whereRaw('newer.name = data_product_facts.name')
          .whereRaw('newer.observed_at > data_product_facts.observed_at'),
      )
      .delete();
  }
}
