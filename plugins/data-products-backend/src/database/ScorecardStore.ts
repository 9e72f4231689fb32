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

import type {
  DataClassification,
  DataProductFacets,
  DataProductLevel,
  DataProductListItem,
  DataProductListResponse,
  DataProductScorecard,
  DataProductStatus,
  DataProductType,
  ScorecardHistoryPoint,
  ScorecardSummary,
  StoredScorecard,
} from '@meshwork/plugin-data-products-common';
import type { ProductFilters } from './productFilters';
import type { ProductListQuery, ProductSort } from './productListing';
import type { ReadableProducts } from './readableProducts';
import type { PreviousRollupRow } from './rollupTrend';

/** A scorecard with what listings and rollups need of its product. */
export interface ScorecardRecord {
  scorecard: DataProductScorecard;
  title?: string;
  domainRef?: string;
  ownerRef?: string;
  status?: DataProductStatus;
  type?: DataProductType;
  classification?: DataClassification;
  tags?: string[];
  description?: string;
}

/** A product whose level an evaluation changed, and what it was before. */
export interface LevelChange {
  record: ScorecardRecord;
  previousLevel: DataProductLevel;
  /** When the previous level was evaluated (ISO): names the change, for deduplication. */
  previousEvaluatedAt: string;
}

/** Filters of the scorecard listing; refs are full (`group:default/sales-data`). */
export interface ScorecardListQuery {
  domainRef?: string;
  ownerRef?: string;
  level?: DataProductLevel;
  /** Only products failing this rule. */
  failing?: string;
  /** Case-insensitive text in the title or ref. */
  q?: string;
  limit: number;
  /** Where the previous page ended. */
  cursor?: string;
  /** What the caller may read; every product when absent. */
  readable?: ReadableProducts;
}

/** Products of one group (domain or owner) that share a level and failing rules. */
export interface ScorecardRollupRow {
  groupRef?: string;
  level: DataProductLevel;
  failingRuleIds: string[];
  products: number;
  scoreSum: number;
}

/**
 * Each product's current scorecard and its history of level, score and
 * rule-state changes: what the evaluator writes and every listing reads.
 */
export interface ScorecardStore {
  /**
   * Stores a batch of evaluations; a history point only for a product whose
   * level, score or rule states changed. Says how many did, and whose level
   * changed.
   */
  saveScorecards(
    records: ScorecardRecord[],
    evaluatedAt: Date,
  ): Promise<{ changed: number; levelChanges: LevelChange[] }>;
  /**
   * Forgets the current results of products a full run did not see, but for
   * `keep`: ones it saw but could not store. History stays.
   */
  deleteScorecardsEvaluatedBefore(time: Date, keep?: string[]): Promise<number>;
  /** The refs of every product with a stored result. */
  storedProductRefs(): Promise<string[]>;
  /** How many products have a stored result. */
  countStoredProducts(): Promise<number>;
  /** Forgets the current results of products gone from the catalog; history stays. */
  deleteScorecards(entityRefs: string[]): Promise<number>;
  getScorecard(entityRef: string): Promise<StoredScorecard | undefined>;
  /** A page of summaries in ref order; the next page starts after the last ref. */
  listScorecards(
    query: ScorecardListQuery,
  ): Promise<{ items: ScorecardSummary[]; nextCursor?: string }>;
  /** The transitions of one product: its latest `limit`, oldest first. */
  getHistory(
    entityRef: string,
    limit?: number,
  ): Promise<ScorecardHistoryPoint[]>;
  /** Scorecards counted by domain or owner, level and failing rules. */
  rollupRows(
    by: 'domain' | 'owner',
    readable?: ReadableProducts,
  ): Promise<ScorecardRollupRow[]>;
  /** The browse listing: a page of products and how many match. */
  listProducts(query: ProductListQuery): Promise<DataProductListResponse>;
  /** Every product matching, sorted, for the export. */
  exportProducts(
    filters: ProductFilters,
    sort: ProductSort,
  ): Promise<DataProductListItem[]>;
  /** Counts per facet value, each facet ignoring its own filter. */
  productFacets(filters: ProductFilters): Promise<DataProductFacets>;
  /** Rollup rows of today's products as they scored at `since`, for a trend. */
  previousRollupRows(
    by: 'domain' | 'owner',
    since: Date,
    readable?: ReadableProducts,
  ): Promise<PreviousRollupRow[]>;
}
