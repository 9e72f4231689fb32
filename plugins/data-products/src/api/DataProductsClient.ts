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

import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import type {
  DataProductFacets,
  DataProductListResponse,
  DataProductWaiver,
  ScorecardHistoryPoint,
  ScorecardRollupsResponse,
  ScorecardRuleSummary,
  StoredScorecard,
  WaiverLimits,
} from '@meshwork/plugin-data-products-common';
import type {
  DataProductListQuery,
  DataProductsApi,
  WaiverListQuery,
  WaiverPage,
  WaiverRequest,
} from './DataProductsApi';

type QueryValue = string | number | string[] | undefined;

/** Repeats multi-valued parameters (`level=gold&level=silver`), as the backend reads them. */
export function toSearchParams(query: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, String(item));
    }
  }
  return params;
}

/** A product's path under a route: `/scorecards/dataproduct/default/orders`. */
function productPath(route: string, entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/${route}/${[kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** The path of a product's scorecard routes: `/scorecards/dataproduct/default/orders`. */
function scorecardPath(entityRef: string): string {
  return productPath('scorecards', entityRef);
}

/**
 * Talks to the data-products backend through the app's fetch API, so the
 * user's token goes with every request.
 * @public
 */
export class DataProductsClient implements DataProductsApi {
  readonly #discovery: DiscoveryApi;
  readonly #fetch: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discovery = options.discoveryApi;
    this.#fetch = options.fetchApi;
  }

  listProducts(query: DataProductListQuery): Promise<DataProductListResponse> {
    return this.#json(`/products?${toSearchParams(query)}`);
  }

  getFacets(query: DataProductListQuery): Promise<DataProductFacets> {
    const { sort, order, offset, limit, ...filters } = query;
    return this.#json(`/products/facets?${toSearchParams(filters)}`);
  }

  async getProductsCsv(query: DataProductListQuery): Promise<Blob> {
    const { offset, limit, ...rest } = query;
    return (
      await this.#request(`/products.csv?${toSearchParams(rest)}`)
    ).blob();
  }

  async getRules(): Promise<ScorecardRuleSummary[]> {
    return (await this.#json<{ items: ScorecardRuleSummary[] }>('/rules'))
      .items;
  }

  async getScorecard(entityRef: string): Promise<StoredScorecard | undefined> {
    const response = await this.#fetch.fetch(
      await this.#url(scorecardPath(entityRef)),
    );
    if (response.status === 404) return undefined;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }

  async getHistory(entityRef: string): Promise<ScorecardHistoryPoint[]> {
    const path = `${scorecardPath(entityRef)}/history`;
    return (await this.#json<{ items: ScorecardHistoryPoint[] }>(path)).items;
  }

  evaluate(entityRef: string): Promise<StoredScorecard> {
    return this.#json(`${scorecardPath(entityRef)}/evaluate`, {
      method: 'POST',
    });
  }

  getRollups(by: 'domain' | 'owner'): Promise<ScorecardRollupsResponse> {
    return this.#json(`/rollups?by=${by}`);
  }

  async getOdpsYaml(entityRef: string): Promise<Blob> {
    const path = `${productPath('odps', entityRef)}?format=yaml`;
    return (await this.#request(path)).blob();
  }

  async listWaivers(query: WaiverListQuery): Promise<DataProductWaiver[]> {
    return (await this.listWaiverPage(query)).items;
  }

  listWaiverPage(
    query: WaiverListQuery & { cursor?: string },
  ): Promise<WaiverPage> {
    return this.#json(`/waivers?${toSearchParams(query)}`);
  }

  getWaiverLimits(): Promise<WaiverLimits> {
    return this.#json('/waivers/limits');
  }

  requestWaiver(request: WaiverRequest): Promise<DataProductWaiver> {
    return this.#json('/waivers', { method: 'POST', body: request });
  }

  decideWaiver(
    id: string,
    decision: 'approve' | 'reject',
    comment?: string,
  ): Promise<DataProductWaiver> {
    return this.#json(`/waivers/${encodeURIComponent(id)}/${decision}`, {
      method: 'POST',
      body: comment ? { comment } : {},
    });
  }

  async #url(path: string): Promise<string> {
    return `${await this.#discovery.getBaseUrl('data-products')}${path}`;
  }

  async #request(
    path: string,
    init?: { method: string; body?: unknown },
  ): Promise<Response> {
    const response = await this.#fetch.fetch(await this.#url(path), {
      method: init?.method ?? 'GET',
      ...(init?.body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(init.body),
      }),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  async #json<T>(
    path: string,
    init?: { method: string; body?: unknown },
  ): Promise<T> {
    return (await this.#request(path, init)).json();
  }
}
