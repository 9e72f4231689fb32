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

import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  DataProductFacets,
  DataProductListFilters,
  DataProductSortField,
  DataProductListResponse,
  DataProductWaiver,
  ScorecardHistoryPoint,
  ScorecardRollupsResponse,
  ScorecardRuleSummary,
  StoredScorecard,
  WaiverLimits,
  WaiverStatus,
} from '@meshwork/plugin-data-products-common';

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

/** @public */
export interface WaiverListQuery {
  entityRef?: string;
  status?: WaiverStatus;
  limit?: number;
}

/** A page of waivers, newest request first; `nextCursor` asks for the older ones. @public */
export interface WaiverPage {
  items: DataProductWaiver[];
  nextCursor?: string;
}

/** @public */
export interface WaiverRequest {
  entityRef: string;
  ruleId: string;
  justification: string;
  expiresAt: string;
}

/**
 * The data-products backend, as the pages use it.
 * @public
 */
export interface DataProductsApi {
  listProducts(query: DataProductListQuery): Promise<DataProductListResponse>;
  getFacets(query: DataProductListQuery): Promise<DataProductFacets>;
  /** A URL to download the products matching the query as CSV, one column per rule. */
  getProductsCsv(query: DataProductListQuery): Promise<Blob>;
  getRules(): Promise<ScorecardRuleSummary[]>;
  /** `undefined` when the product has not been evaluated yet. */
  getScorecard(entityRef: string): Promise<StoredScorecard | undefined>;
  getHistory(entityRef: string): Promise<ScorecardHistoryPoint[]>;
  evaluate(entityRef: string): Promise<StoredScorecard>;
  getRollups(by: 'domain' | 'owner'): Promise<ScorecardRollupsResponse>;
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
  /** How far ahead a waiver may end, as the backend is configured. */
  getWaiverLimits(): Promise<WaiverLimits>;
  requestWaiver(request: WaiverRequest): Promise<DataProductWaiver>;
  decideWaiver(
    id: string,
    decision: 'approve' | 'reject',
    comment?: string,
  ): Promise<DataProductWaiver>;
}

/** @public */
export const dataProductsApiRef = createApiRef<DataProductsApi>().with({
  id: 'plugin.data-products.client',
  pluginId: 'data-products',
});
