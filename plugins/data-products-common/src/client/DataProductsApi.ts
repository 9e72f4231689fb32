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

import type { DataProductListFilters } from '../api/listFilters';
import type {
  DataProductChangePage,
  DataProductFacets,
  DataProductListResponse,
  DataProductSortField,
  DryRunResponse,
  FactReportResponse,
  RunPushResponse,
  ScorecardHistoryPoint,
  ScorecardPage,
  ScorecardRollupsResponse,
  ScorecardRuleSummary,
  StoredScorecard,
  UnplacedResultPage,
  WaiverLimits,
  WaiverPage,
} from '../api/types';
import type { OdpsDocument } from '../odps';
import type { ToolRun } from '../runs/types';
import type {
  DataProductFact,
  DataProductLevel,
  DataProductWaiver,
  WaiverStatus,
} from '../scorecard';

/**
 * A page of products: the backend's filters, a sort and a window.
 * @public
 */
export interface DataProductListQuery extends DataProductListFilters {
  sort?: DataProductSortField;
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/** The filters of GET /scorecards, one value each, and where the last page ended. @public */
export interface ScorecardListQuery {
  domain?: string;
  owner?: string;
  level?: DataProductLevel;
  /** Products failing this rule. */
  failing?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

/** @public */
export interface WaiverListQuery {
  entityRef?: string;
  status?: WaiverStatus;
  limit?: number;
}

/** @public */
export interface WaiverRequest {
  entityRef: string;
  ruleId: string;
  justification: string;
  expiresAt: string;
}

/** One fact a pipeline or a person reports about a product, or one of its output ports. @public */
export interface FactReport {
  entityRef: string;
  port?: string;
  name: string;
  value: unknown;
  /** When the fact was observed (ISO 8601); now when left out. */
  observedAt?: string;
}

/** A window of GET /runs/unplaced: at most 500 at once, 50 unless told. @public */
export interface UnplacedResultQuery {
  limit?: number;
  offset?: number;
}

/**
 * A page of GET /changes: the newest first, `breaking` for the changes
 * that break readers only, one product's or all those the caller may read.
 * @public
 */
export interface ChangeListQuery {
  severity?: 'breaking' | 'notable';
  entityRef?: string;
  limit?: number;
  cursor?: string;
}

/**
 * The data-products backend's REST API, under `/api/data-products`. Every
 * method rejects with a `ResponseError` when the backend answers with an
 * error, except where it says otherwise.
 * @public
 */
export interface DataProductsApi {
  listProducts(query: DataProductListQuery): Promise<DataProductListResponse>;
  getFacets(query: DataProductListQuery): Promise<DataProductFacets>;
  /** The products matching the query as CSV, one column per rule. */
  getProductsCsv(query: DataProductListQuery): Promise<Blob>;
  getRules(): Promise<ScorecardRuleSummary[]>;
  /** One page of the latest scorecards, in ref order. */
  listScorecards(query: ScorecardListQuery): Promise<ScorecardPage>;
  /** `undefined` when the product has not been evaluated yet. */
  getScorecard(entityRef: string): Promise<StoredScorecard | undefined>;
  getHistory(entityRef: string): Promise<ScorecardHistoryPoint[]>;
  evaluate(entityRef: string): Promise<StoredScorecard>;
  getRollups(by: 'domain' | 'owner'): Promise<ScorecardRollupsResponse>;
  /**
   * Scores a catalog-info.yaml (or entity JSON) before it is committed, and
   * stores nothing. A document that does not validate makes a 400 whose
   * body carries `problems`, each a `DryRunProblem`.
   */
  dryRun(catalogInfo: string): Promise<DryRunResponse>;
  /** Up to 1,000 facts at once; none is stored unless all are accepted. */
  reportFacts(facts: FactReport[]): Promise<FactReportResponse>;
  /**
   * Tool runs already read (by `readDbtArtifacts` and the other readers) as
   * facts on the output ports that claim their datasets; at most 1,000 runs
   * and 200,000 checks in one call. The whole call is refused (403) unless
   * the caller may report facts on every product the runs reach.
   */
  pushRuns(runs: ToolRun[]): Promise<RunPushResponse>;
  /**
   * The latest fact of each name and port of the product, each with the
   * tool run it came from (`source`) when a tool's run gave it.
   */
  getFacts(entityRef: string): Promise<DataProductFact[]>;
  /**
   * What the backend saw change in the catalog's products, the newest
   * first: breaking and notable changes, each with the products that read
   * the port; pass the last page's `nextCursor` for older ones.
   */
  listChanges(query: ChangeListQuery): Promise<DataProductChangePage>;
  /** Datasets of tool runs that no output port claims, the latest received first. */
  listUnplacedResults(query: UnplacedResultQuery): Promise<UnplacedResultPage>;
  /** The product as an ODPS v1.1.0 document. */
  getOdps(entityRef: string): Promise<OdpsDocument>;
  /**
   * The product as an ODPS v1.1.0 document in YAML, to save as a file;
   * rejects when the backend can't find it or the user may not read it.
   */
  getOdpsYaml(entityRef: string): Promise<Blob>;
  listWaivers(query: WaiverListQuery): Promise<DataProductWaiver[]>;
  /** One page of waivers; pass the last page's `nextCursor` for the next. */
  listWaiverPage(
    query: WaiverListQuery & { cursor?: string },
  ): Promise<WaiverPage>;
  getWaiver(id: string): Promise<DataProductWaiver>;
  /** How far ahead a waiver may end, as the backend is configured. */
  getWaiverLimits(): Promise<WaiverLimits>;
  requestWaiver(request: WaiverRequest): Promise<DataProductWaiver>;
  decideWaiver(
    id: string,
    decision: 'approve' | 'reject',
    comment?: string,
  ): Promise<DataProductWaiver>;
}
