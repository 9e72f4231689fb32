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
import type { ChangeQueue, QueuedChange } from './ChangeQueue';
import { chunks, connectDatabase } from './database';

const TABLE = 'data_product_change_queue';

/** What the catalog stores an entity after reporting it in, at most, mostly. */
const SETTLE_MS = 2000;

interface Row {
  entity_ref: string;
  queued_at: Date | string | number;
  looks: number;
}

/** The change queue in the plugin's database. */
export class DatabaseChangeQueue implements ChangeQueue {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseChangeQueue> {
    return new DatabaseChangeQueue(await connectDatabase(options.database));
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  async add(entityRefs: string[], now: Date): Promise<void> {
    const refs = [...new Set(entityRefs)];
    const dueAt = new Date(now.getTime() + SETTLE_MS);
    for (const batch of chunks(refs)) {
      await this.#db(TABLE)
        .insert(
          batch.map(entity_ref => ({
            entity_ref,
            queued_at: now,
            due_at: dueAt,
            looks: 0,
          })),
        )
        .onConflict('entity_ref')
        .merge(['queued_at', 'due_at', 'looks']);
    }
  }

  async due(now: Date, limit: number): Promise<QueuedChange[]> {
    const rows: Row[] = await this.#db(TABLE)
      .where('due_at', '<=', now)
      .orderBy('due_at')
      .limit(limit)
      .select('entity_ref', 'queued_at', 'looks');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      queuedAt: new Date(row.queued_at),
      looks: Number(row.looks),
    }));
  }

  async looked(
    changes: QueuedChange[],
    readAt: Date,
    recheckAt: Date,
  ): Promise<void> {
    // Rows heard again after they were read have a later queued_at and stay.
    const heardBy = readAt;
    const [first, second] = [0, 1].map(looks =>
      changes.filter(change => change.looks === looks).map(c => c.entityRef),
    );
    await this.#db.transaction(async tx => {
      for (const batch of chunks(second)) {
        await tx(TABLE)
          .whereIn('entity_ref', batch)
          .where('looks', '>=', 1)
          .where('queued_at', '<=', heardBy)
          .delete();
      }
      for (const batch of chunks(first)) {
        await tx(TABLE)
          .whereIn('entity_ref', batch)
          .where('looks', 0)
          .where('queued_at', '<=', heardBy)
          .update({ looks: 1, due_at: recheckAt });
      }
    });
  }
}
