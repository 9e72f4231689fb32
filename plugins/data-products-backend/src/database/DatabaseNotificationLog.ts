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
import { chunks, connectDatabase } from './database';
import type { NotificationEvent, NotificationLog } from './NotificationLog';

/**
 * The notification log in the plugin's database. Whoever inserts an event's
 * row first sends its notification; every later insert of the same key is
 * ignored by the database (`on conflict do nothing`, on SQLite and
 * PostgreSQL alike).
 */
export class DatabaseNotificationLog implements NotificationLog {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseNotificationLog> {
    return new DatabaseNotificationLog(await connectDatabase(options.database));
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * Records the events not recorded yet and returns those: the caller, and
   * only the caller, sends their notifications. One statement per 500 events.
   */
  async claim<T extends NotificationEvent>(
    events: T[],
    now: Date,
  ): Promise<T[]> {
    const unique = [...new Map(events.map(e => [e.key, e])).values()];
    // Sorted, so that two replicas claiming the same events lock them in
    // the same order and cannot deadlock.
    const ordered = [...unique].sort((a, b) => (a.key < b.key ? -1 : 1));
    const claimed = new Set<string>();
    for (const batch of chunks(ordered)) {
      const rows: Array<{ event_key: string }> = await this.#db(
        'data_product_notifications_sent',
      )
        .insert(
          batch.map(event => ({
            event_key: event.key,
            topic: event.topic,
            entity_ref: event.entityRef,
            sent_at: now,
          })),
        )
        .onConflict('event_key')
        .ignore()
        .returning('event_key');
      for (const row of rows) claimed.add(row.event_key);
    }
    return unique.filter(event => claimed.has(event.key));
  }

  /** Forgets claims whose notification could not be sent, so a later run may try again. */
  async release(keys: string[]): Promise<void> {
    for (const batch of chunks(keys)) {
      await this.#db('data_product_notifications_sent')
        .whereIn('event_key', batch)
        .delete();
    }
  }

  /** Forgets claims older than `before`; no event recurs that late. Returns how many. */
  async prune(before: Date): Promise<number> {
    return this.#db('data_product_notifications_sent')
      .where('sent_at', '<', before)
      .delete();
  }
}
