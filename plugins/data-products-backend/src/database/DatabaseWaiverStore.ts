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
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  DataProductWaiver,
  RuleWaiver,
  WaiverEvent,
  WaiverStatus,
} from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { chunks, connectDatabase, toIso } from './database';
import { newestFirstPage, pageOf, parseNewestFirstCursor } from './newestFirst';
import { whereReadable } from './readableProducts';
import type {
  WaiverListQuery,
  WaiverRequest,
  WaiverStore,
} from './WaiverStore';

type Timestamp = Date | string | number;

interface WaiverRow {
  id: string;
  entity_ref: string;
  rule_id: string;
  justification: string;
  status: WaiverStatus;
  expires_at: Timestamp;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

interface EventRow {
  waiver_id: string;
  action: WaiverEvent['action'];
  actor: string;
  comment: string | null;
  occurred_at: Timestamp;
}

function waiverOf(row: WaiverRow, events: EventRow[]): DataProductWaiver {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    ruleId: row.rule_id,
    justification: row.justification,
    status: row.status,
    expiresAt: toIso(row.expires_at),
    requestedBy: row.requested_by,
    requestedAt: toIso(row.requested_at),
    decidedBy: row.decided_by ?? undefined,
    decidedAt: row.decided_at ? toIso(row.decided_at) : undefined,
    events: events.map(e => ({
      action: e.action,
      actor: e.actor,
      at: toIso(e.occurred_at),
      comment: e.comment ?? undefined,
    })),
  };
}

/** Waivers and their audit trail in the plugin's database. */
export class DatabaseWaiverStore implements WaiverStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseWaiverStore> {
    return new DatabaseWaiverStore(await connectDatabase(options.database));
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * One open request or approval per product and rule, so decisions stay
   * unambiguous. A request or approval whose end date has passed no longer
   * counts, even before the scheduled run marks it expired.
   */
  async request(input: WaiverRequest, now: Date): Promise<DataProductWaiver> {
    const id = randomUUID();
    // Read back in the transaction: once it commits, the answer needs no
    // other query, so a database lost meanwhile can't fail a saved request.
    return this.#db.transaction(async tx => {
      const open = await tx<WaiverRow>('data_product_waivers')
        .where({ entity_ref: input.entityRef, rule_id: input.ruleId })
        .whereIn('status', ['requested', 'approved'])
        .where('expires_at', '>', now)
        .first('id', 'status');
      if (open) {
        throw new ConflictError(
          `${input.entityRef} already has a ${open.status} waiver of ${input.ruleId} (${open.id})`,
        );
      }
      await tx('data_product_waivers').insert({
        id,
        entity_ref: input.entityRef,
        rule_id: input.ruleId,
        justification: input.justification,
        status: 'requested',
        expires_at: input.expiresAt,
        requested_by: input.requestedBy,
        requested_at: now,
      });
      await tx('data_product_waiver_events').insert({
        waiver_id: id,
        action: 'requested',
        actor: input.requestedBy,
        comment: input.justification,
        occurred_at: now,
      });
      return (await this.#get(tx, id))!;
    });
  }

  /** Approves or rejects a pending request; anything else is a conflict the caller is told about. */
  async decide(
    id: string,
    decision: { approve: boolean; actor: string; comment?: string },
    now: Date,
  ): Promise<DataProductWaiver> {
    // read back in the transaction, as a request is
    return this.#db.transaction(async tx => {
      const row = await tx<WaiverRow>('data_product_waivers')
        .where({ id })
        .first();
      if (!row) throw new NotFoundError(`No waiver ${id}`);
      if (row.status !== 'requested') {
        throw new ConflictError(`Waiver ${id} is already ${row.status}`);
      }
      if (decision.approve && row.requested_by === decision.actor) {
        throw new ConflictError(
          `Waiver ${id} was requested by ${decision.actor}; someone else must approve it`,
        );
      }
      if (decision.approve && new Date(toIso(row.expires_at)) <= now) {
        throw new ConflictError(
          `Waiver ${id} expired on ${toIso(row.expires_at)} before a decision`,
        );
      }
      const status = decision.approve ? 'approved' : 'rejected';
      // Only while still requested: of two decisions racing (on PostgreSQL,
      // both may have read it requested), the second updates nothing.
      const updated = await tx('data_product_waivers')
        .where({ id, status: 'requested' })
        .update({ status, decided_by: decision.actor, decided_at: now });
      if (updated !== 1) {
        throw new ConflictError(`Waiver ${id} was decided meanwhile`);
      }
      await tx('data_product_waiver_events').insert({
        waiver_id: id,
        action: status,
        actor: decision.actor,
        comment: decision.comment ?? null,
        occurred_at: now,
      });
      return (await this.#get(tx, id))!;
    });
  }

  async get(id: string): Promise<DataProductWaiver | undefined> {
    return this.#get(this.#db, id);
  }

  async #get(db: Knex, id: string): Promise<DataProductWaiver | undefined> {
    const row = await db<WaiverRow>('data_product_waivers')
      .where({ id })
      .first();
    return row ? (await this.#withEvents([row], db))[0] : undefined;
  }

  /** Newest request first; the cursor names the last waiver of the page. */
  async list(
    query: WaiverListQuery,
  ): Promise<{ items: DataProductWaiver[]; nextCursor?: string }> {
    const after = query.cursor
      ? parseNewestFirstCursor(query.cursor, 'waivers')
      : undefined;
    const rows: WaiverRow[] = await this.#db<WaiverRow>(
      'data_product_waivers',
    ).modify(builder => {
      whereReadable(builder, 'entity_ref', query.readable);
      if (query.entityRef) builder.where('entity_ref', query.entityRef);
      if (query.status) builder.where('status', query.status);
      newestFirstPage(builder, 'requested_at', after, query.limit);
    });
    const { page, nextCursor } = pageOf(rows, query.limit, r => r.requested_at);
    return { items: await this.#withEvents(page), nextCursor };
  }

  /** Approved, unexpired waivers grouped by product: one query for an evaluation run. */
  async activeWaivers(
    now: Date,
    entityRefs?: string[],
  ): Promise<Map<string, RuleWaiver[]>> {
    const rows: WaiverRow[] = await this.#db<WaiverRow>('data_product_waivers')
      .where('status', 'approved')
      .where('expires_at', '>', now)
      .modify(builder => {
        if (entityRefs) builder.whereIn('entity_ref', entityRefs);
      });
    const byProduct = new Map<string, RuleWaiver[]>();
    for (const row of rows) {
      const waivers = byProduct.get(row.entity_ref) ?? [];
      waivers.push({
        entityRef: row.entity_ref,
        ruleId: row.rule_id,
        expiresAt: toIso(row.expires_at),
      });
      byProduct.set(row.entity_ref, waivers);
    }
    return byProduct;
  }

  /** Approved waivers that expire after `from` and by `until`, soonest first. */
  async expiringWaivers(from: Date, until: Date): Promise<DataProductWaiver[]> {
    const rows: WaiverRow[] = await this.#db<WaiverRow>('data_product_waivers')
      .where('status', 'approved')
      .where('expires_at', '>', from)
      .where('expires_at', '<=', until)
      .orderBy([
        { column: 'expires_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return this.#withEvents(rows);
  }

  /** Marks approved or pending waivers past their expiry as expired, with an audit event each. */
  async expire(now: Date): Promise<number> {
    return this.#db.transaction(async tx => {
      const due: Array<Pick<WaiverRow, 'id'>> = await tx('data_product_waivers')
        .whereIn('status', ['requested', 'approved'])
        .where('expires_at', '<=', now)
        .select('id');
      for (const batch of chunks(due.map(row => row.id))) {
        await tx('data_product_waivers')
          .whereIn('id', batch)
          .update({ status: 'expired' });
        await tx('data_product_waiver_events').insert(
          batch.map(id => ({
            waiver_id: id,
            action: 'expired',
            actor: 'system',
            occurred_at: now,
          })),
        );
      }
      return due.length;
    });
  }

  async #withEvents(
    rows: WaiverRow[],
    db: Knex = this.#db,
  ): Promise<DataProductWaiver[]> {
    const events: EventRow[] = [];
    for (const batch of chunks(rows.map(row => row.id))) {
      events.push(
        ...(await db<EventRow>('data_product_waiver_events')
          .whereIn('waiver_id', batch)
          .orderBy('id', 'asc')),
      );
    }
    const eventsOf = new Map<string, EventRow[]>();
    for (const event of events) {
      const trail = eventsOf.get(event.waiver_id) ?? [];
      trail.push(event);
      eventsOf.set(event.waiver_id, trail);
    }
    return rows.map(row => waiverOf(row, eventsOf.get(row.id) ?? []));
  }
}
