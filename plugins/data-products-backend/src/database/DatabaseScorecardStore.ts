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
import type {
  DataProductFacets,
  DataProductLevel,
  DataProductListItem,
  DataProductListResponse,
  RuleState,
  ScorecardHistoryPoint,
  ScorecardSummary,
  StoredScorecard,
} from '@meshwork/plugin-data-products-common';
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { chunks, connectDatabase, fitColumn, toIso } from './database';
import { productFacets } from './productFacets';
import { containsText, hasWord, type ProductFilters } from './productFilters';
import {
  allProducts,
  listProducts,
  ProductListQuery,
  ProductSort,
} from './productListing';
import { ReadableProducts, whereReadable } from './readableProducts';
import { previousRollupRows, PreviousRollupRow } from './rollupTrend';
import { productFieldsOf, ResultRow, statesOf, wordsOf } from './resultRows';
import type {
  LevelChange,
  ScorecardListQuery,
  ScorecardRecord,
  ScorecardRollupRow,
  ScorecardStore,
} from './ScorecardStore';

/** A hash of what a history point records: a new one only when it changes. */
function fingerprintOf(
  level: DataProductLevel,
  score: number,
  states: Record<string, RuleState>,
): string {
  return createHash('sha256')
    .update(JSON.stringify([level, score, states]))
    .digest('hex');
}

/** Scorecards and their history in the plugin's database (SQLite or PostgreSQL). */
export class DatabaseScorecardStore implements ScorecardStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseScorecardStore> {
    return new DatabaseScorecardStore(await connectDatabase(options.database));
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * Stores a batch of evaluations in one transaction and a fixed number of
   * statements per 500 products; a history point is written only for a
   * product whose level, score or rule states changed. Returns how many did,
   * and the products whose level changed, read in the same statements.
   */
  async saveScorecards(
    evaluated: ScorecardRecord[],
    evaluatedAt: Date,
  ): Promise<{ changed: number; levelChanges: LevelChange[] }> {
    if (evaluated.length === 0) return { changed: 0, levelChanges: [] };
    return this.#db.transaction(async tx => {
      const previous = new Map<
        string,
        Pick<ResultRow, 'level' | 'evaluated_at'> & { fingerprint: string }
      >();
      for (const batch of chunks(evaluated.map(r => r.scorecard.entityRef))) {
        const rows = await tx('scorecard_results')
          .whereIn('entity_ref', batch)
          .select('entity_ref', 'fingerprint', 'level', 'evaluated_at');
        for (const row of rows) previous.set(row.entity_ref, row);
      }
      // A result evaluated before the stored one is older news: one replica's
      // look for changes that started before another's full run must not
      // overwrite the run's result, or the run's sweep of results older than
      // itself takes the product out of every listing.
      const records = evaluated.filter(record => {
        const before = previous.get(record.scorecard.entityRef);
        return !before || new Date(before.evaluated_at) <= evaluatedAt;
      });
      const levelChanges = records.flatMap((record): LevelChange[] => {
        const before = previous.get(record.scorecard.entityRef);
        return before && before.level !== record.scorecard.level
          ? [
              {
                record,
                previousLevel: before.level,
                previousEvaluatedAt: toIso(before.evaluated_at),
              },
            ]
          : [];
      });
      // Each product's rule states feed both its fingerprint and, when it
      // changed, its history point: computed once.
      const states = records.map(r => statesOf(r.scorecard.results));
      const rows = records.map((record, i) => {
        const { scorecard } = record;
        return {
          entity_ref: scorecard.entityRef,
          title: fitColumn(record.title),
          domain_ref: record.domainRef ?? null,
          owner_ref: record.ownerRef ?? null,
          status: record.status ?? null,
          product_type: record.type ?? null,
          classification: record.classification ?? null,
          tags: (record.tags ?? []).join(' '),
          description: record.description ?? null,
          level: scorecard.level,
          score: scorecard.score,
          failing_rule_ids: scorecard.results
            .filter(r => r.state === 'fail')
            .map(r => r.ruleId)
            .join(' '),
          results: JSON.stringify(scorecard.results),
          fingerprint: fingerprintOf(
            scorecard.level,
            scorecard.score,
            states[i],
          ),
          evaluated_at: evaluatedAt,
        };
      });
      const changed = rows.flatMap((row, i) =>
        previous.get(row.entity_ref)?.fingerprint === row.fingerprint
          ? []
          : [{ row, states: states[i] }],
      );
      for (const batch of chunks(rows)) {
        // The same guard in the statement, for a newer result stored since.
        await tx('scorecard_results')
          .insert(batch)
          .onConflict('entity_ref')
          .merge()
          .where('scorecard_results.evaluated_at', '<=', evaluatedAt);
      }
      const points = changed.map(({ row, states: pointStates }) => ({
        entity_ref: row.entity_ref,
        level: row.level,
        score: row.score,
        states: JSON.stringify(pointStates),
        recorded_at: evaluatedAt,
      }));
      for (const batch of chunks(points)) {
        await tx('scorecard_history').insert(batch);
      }
      return { changed: changed.length, levelChanges };
    });
  }

  /**
   * Forgets the current results of products a full run did not see (they
   * left the catalog), but for `keep`: ones it saw but could not store.
   * Their history stays for the record.
   */
  async deleteScorecardsEvaluatedBefore(
    time: Date,
    keep: string[] = [],
  ): Promise<number> {
    let stale = this.#db('scorecard_results').where('evaluated_at', '<', time);
    for (const batch of chunks(keep)) {
      stale = stale.whereNotIn('entity_ref', batch);
    }
    return stale.delete();
  }

  /** The refs of every product with a stored result. */
  async storedProductRefs(): Promise<string[]> {
    const rows = await this.#db('scorecard_results').select('entity_ref');
    return rows.map(row => row.entity_ref);
  }

  async countStoredProducts(): Promise<number> {
    const [{ count }] = await this.#db('scorecard_results').count({
      count: '*',
    });
    return Number(count);
  }

  /**
   * Removes the current results of products gone from the catalog, so they
   * leave every listing; their history stays. Returns how many were there.
   */
  async deleteScorecards(entityRefs: string[]): Promise<number> {
    let removed = 0;
    for (const batch of chunks(entityRefs)) {
      removed += await this.#db('scorecard_results')
        .whereIn('entity_ref', batch)
        .delete();
    }
    return removed;
  }

  async getScorecard(entityRef: string): Promise<StoredScorecard | undefined> {
    const row = await this.#db<ResultRow>('scorecard_results')
      .where({ entity_ref: entityRef })
      .first();
    if (!row) return undefined;
    return { ...productFieldsOf(row), results: JSON.parse(row.results) };
  }

  /**
   * A page of summaries in ref order, filtered in the database; the next
   * page starts after the last ref (keyset paging: stable while results change).
   */
  async listScorecards(
    query: ScorecardListQuery,
  ): Promise<{ items: ScorecardSummary[]; nextCursor?: string }> {
    const rows: ResultRow[] = await this.#db<ResultRow>('scorecard_results')
      .modify(builder => {
        whereReadable(builder, 'entity_ref', query.readable);
        if (query.domainRef) builder.where('domain_ref', query.domainRef);
        if (query.ownerRef) builder.where('owner_ref', query.ownerRef);
        if (query.level) builder.where('level', query.level);
        for (const condition of [
          query.failing && hasWord('failing_rule_ids', query.failing),
          query.q && containsText(['title', 'entity_ref'], query.q),
        ]) {
          if (condition)
            builder.whereRaw(`(${condition.sql})`, condition.bindings);
        }
        if (query.cursor) builder.where('entity_ref', '>', query.cursor);
      })
      .orderBy('entity_ref', 'asc')
      .limit(query.limit + 1)
      .select(
        'entity_ref',
        'title',
        'domain_ref',
        'owner_ref',
        'level',
        'score',
        'failing_rule_ids',
        'evaluated_at',
      );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(row => ({
        ...productFieldsOf(row),
        failingRuleIds: wordsOf(row.failing_rule_ids),
      })),
      nextCursor:
        rows.length > query.limit
          ? page[page.length - 1].entity_ref
          : undefined,
    };
  }

  /** The transitions of one product: its latest `limit`, oldest first. */
  async getHistory(
    entityRef: string,
    limit = 1000,
  ): Promise<ScorecardHistoryPoint[]> {
    const rows = await this.#db('scorecard_history')
      .where({ entity_ref: entityRef })
      .orderBy('id', 'desc')
      .limit(limit);
    return rows.reverse().map(row => ({
      level: row.level,
      score: row.score,
      states: JSON.parse(row.states),
      recordedAt: toIso(row.recorded_at),
    }));
  }

  /**
   * Scorecards counted by domain or owner, level and failing rules: rollups
   * are computed from these few rows instead of every product.
   */
  async rollupRows(
    by: 'domain' | 'owner',
    readable?: ReadableProducts,
  ): Promise<ScorecardRollupRow[]> {
    const column = by === 'domain' ? 'domain_ref' : 'owner_ref';
    // Counts and sums come back as strings from PostgreSQL, numbers from SQLite.
    const rows = (await this.#db('scorecard_results')
      .modify(builder => whereReadable(builder, 'entity_ref', readable))
      .select({ group_ref: column }, 'level', 'failing_rule_ids')
      .count({ products: '*' })
      .sum({ score_sum: 'score' })
      .groupBy(column, 'level', 'failing_rule_ids')) as unknown as Array<{
      group_ref: string | null;
      level: DataProductLevel;
      failing_rule_ids: string;
      products: number | string;
      score_sum: number | string;
    }>;
    return rows.map(row => ({
      groupRef: row.group_ref ?? undefined,
      level: row.level,
      failingRuleIds: wordsOf(row.failing_rule_ids),
      products: Number(row.products),
      scoreSum: Number(row.score_sum),
    }));
  }

  /** The browse listing: a page of products and how many match, in two queries. */
  async listProducts(
    query: ProductListQuery,
  ): Promise<DataProductListResponse> {
    return listProducts(this.#db, query);
  }

  /** Every product matching, sorted, for the export. */
  async exportProducts(
    filters: ProductFilters,
    sort: ProductSort,
  ): Promise<DataProductListItem[]> {
    return allProducts(this.#db, filters, sort);
  }

  /** Counts per facet value, each facet ignoring its own filter. */
  async productFacets(filters: ProductFilters): Promise<DataProductFacets> {
    return productFacets(this.#db, filters);
  }

  /** Rollup rows of today's products as they scored at `since`, for a trend. */
  async previousRollupRows(
    by: 'domain' | 'owner',
    since: Date,
    readable?: ReadableProducts,
  ): Promise<PreviousRollupRow[]> {
    return previousRollupRows(this.#db, by, since, readable);
  }
}
