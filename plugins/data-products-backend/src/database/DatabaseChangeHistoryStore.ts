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
import type { DataProductChangeRecord } from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import type {
  BaselineLook,
  BaselineWrite,
  ChangeHistoryQuery,
  ChangeHistoryStore,
  StoredRevision,
} from './ChangeHistoryStore';
import { recordOf, type ChangeRow } from './changeRows';
import { chunks, connectDatabase, fitColumn } from './database';
import { newestFirstPage, pageOf, parseNewestFirstCursor } from './newestFirst';
import { whereAmong, whereReadable } from './readableProducts';

interface LookRow {
  entity_ref: string;
  fingerprint: string;
  seen_fingerprint: string;
  generation: number;
  product_version: string | null;
  unversioned_state: string | null;
  reported_state: string | null;
}

/** The change history in the plugin's database. */
export class DatabaseChangeHistoryStore implements ChangeHistoryStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseChangeHistoryStore> {
    return new DatabaseChangeHistoryStore(
      await connectDatabase(options.database),
    );
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  async looks(entityRefs?: string[]): Promise<Map<string, BaselineLook>> {
    if (entityRefs?.length === 0) return new Map();
    const rows: LookRow[] = await this.#db('data_product_baselines')
      .select(
        'entity_ref',
        'fingerprint',
        'seen_fingerprint',
        'generation',
        'product_version',
        'unversioned_state',
        'reported_state',
      )
      .modify(builder => whereAmong(builder, 'entity_ref', entityRefs));
    return new Map(
      rows.map(row => [
        row.entity_ref,
        {
          fingerprint: row.fingerprint,
          seenFingerprint: row.seen_fingerprint,
          generation: Number(row.generation),
          productVersion: row.product_version ?? undefined,
          unversionedState: row.unversioned_state ?? undefined,
          reportedState: row.reported_state ?? undefined,
        },
      ]),
    );
  }

  async revisions(entityRefs: string[]): Promise<Map<string, StoredRevision>> {
    if (entityRefs.length === 0) return new Map();
    const rows: Array<{ entity_ref: string; revision: string }> =
      await this.#db('data_product_baselines')
        .select('entity_ref', 'revision')
        .modify(builder => whereAmong(builder, 'entity_ref', entityRefs));
    return new Map(rows.map(row => [row.entity_ref, JSON.parse(row.revision)]));
  }

  async record(
    baselines: BaselineWrite[],
    changes: DataProductChangeRecord[],
    now: Date,
  ): Promise<void> {
    const client = String(this.#db.client.config.client);
    await this.#db.transaction(async tx => {
      for (const batch of chunks(baselines)) {
        const upsert = tx('data_product_baselines')
          .insert(
            batch.map(b => ({
              entity_ref: b.entityRef,
              fingerprint: b.fingerprint,
              seen_fingerprint: b.seenFingerprint,
              generation: b.generation,
              product_version: fitColumn(b.productVersion),
              revision: JSON.stringify(b.revision),
              unversioned_state: b.unversionedState ?? null,
              reported_state: b.reportedState ?? null,
              updated_at: now,
            })),
          )
          .onConflict('entity_ref')
          .merge();
        // A replica that looked earlier does not undo a later look.
        await (client === 'pg' || client.includes('sqlite')
          ? upsert.where(
              'data_product_baselines.generation',
              '<',
              tx.raw('excluded.generation'),
            )
          : upsert);
      }
      for (const batch of chunks(changes)) {
        await tx('data_product_changes')
          .insert(
            batch.map(change => ({
              id: change.id,
              entity_ref: change.entityRef,
              detected_at: new Date(change.detectedAt),
              from_version: fitColumn(change.fromVersion),
              to_version: fitColumn(change.toVersion),
              changes: JSON.stringify(change.changes),
              breaking: change.changes.filter(c => c.severity === 'breaking')
                .length,
              unversioned: change.unversioned,
            })),
          )
          .onConflict('id')
          .ignore();
      }
    });
  }

  /** The newest first; the cursor names the last change of the page. */
  async listChanges(
    query: ChangeHistoryQuery,
  ): Promise<{ items: DataProductChangeRecord[]; nextCursor?: string }> {
    const after = query.cursor
      ? parseNewestFirstCursor(query.cursor, 'changes')
      : undefined;
    const rows: ChangeRow[] = await this.#db('data_product_changes')
      .select(
        'id',
        'entity_ref',
        'detected_at',
        'from_version',
        'to_version',
        'changes',
        'unversioned',
      )
      .modify(builder => {
        whereReadable(builder, 'entity_ref', query.readable);
        if (query.entityRef) builder.where('entity_ref', query.entityRef);
        if (query.severity === 'breaking') builder.where('breaking', '>', 0);
        newestFirstPage(builder, 'detected_at', after, query.limit);
      });
    const { page, nextCursor } = pageOf(rows, query.limit, r => r.detected_at);
    return {
      items: page.map(row => recordOf(row, query.severity)),
      nextCursor,
    };
  }
}
