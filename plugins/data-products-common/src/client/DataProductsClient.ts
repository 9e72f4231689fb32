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

import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  DataProductChangePage,
  DataProductFacets,
  DataProductListResponse,
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
import type { DataProductFact, DataProductWaiver } from '../scorecard';
import type {
  ChangeListQuery,
  DataProductListQuery,
  DataProductsApi,
  FactReport,
  ScorecardListQuery,
  UnplacedResultQuery,
  WaiverListQuery,
  WaiverRequest,
} from './DataProductsApi';
import { dataProductsSearchParams as params } from './searchParams';

/** What a request sends: JSON, or a document's text as it is. */
type RequestBody =
  | { json: unknown }
  | { text: string; contentType: 'application/yaml' };

/** A product's path under a route: `/scorecards/dataproduct/default/orders`. */
function productPath(route: string, entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/${route}/${[kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/**
 * The data-products backend's REST API for the browser, backend modules
 * and the CLI alike. In the app, `fetchApi` carries the user's token; a
 * backend module passes a fetch that adds its service token, the CLI one
 * that adds the token it was given.
 * @public
 */
export class DataProductsClient implements DataProductsApi {
  readonly #discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  readonly #fetchApi: { fetch: typeof fetch };

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi?: { fetch: typeof fetch };
  }) {
    this.#discoveryApi = options.discoveryApi;
    // A bare reference to the browser's fetch fails when called on another object.
    this.#fetchApi = options.fetchApi ?? { fetch: (...args) => fetch(...args) };
  }

  listProducts(query: DataProductListQuery): Promise<DataProductListResponse> {
    return this.#json(`/products?${params(query)}`);
  }

  getFacets(query: DataProductListQuery): Promise<DataProductFacets> {
    const { sort, order, offset, limit, ...filters } = query;
    return this.#json(`/products/facets?${params(filters)}`);
  }

  async getProductsCsv(query: DataProductListQuery): Promise<Blob> {
    const { offset, limit, ...rest } = query;
    return (await this.#request(`/products.csv?${params(rest)}`)).blob();
  }

  async getRules(): Promise<ScorecardRuleSummary[]> {
    return (await this.#json<{ items: ScorecardRuleSummary[] }>('/rules'))
      .items;
  }

  listScorecards(query: ScorecardListQuery): Promise<ScorecardPage> {
    return this.#json(`/scorecards?${params(query)}`);
  }

  async getScorecard(entityRef: string): Promise<StoredScorecard | undefined> {
    const response = await this.#fetch(productPath('scorecards', entityRef));
    // Not evaluated yet: no scorecard, which is not an error.
    if (response.status === 404) return undefined;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }

  async getHistory(entityRef: string): Promise<ScorecardHistoryPoint[]> {
    const path = `${productPath('scorecards', entityRef)}/history`;
    return (await this.#json<{ items: ScorecardHistoryPoint[] }>(path)).items;
  }

  evaluate(entityRef: string): Promise<StoredScorecard> {
    const path = `${productPath('scorecards', entityRef)}/evaluate`;
    return this.#json(path, 'POST');
  }

  getRollups(by: 'domain' | 'owner'): Promise<ScorecardRollupsResponse> {
    return this.#json(`/rollups?${params({ by })}`);
  }

  dryRun(catalogInfo: string): Promise<DryRunResponse> {
    return this.#json('/evaluate', 'POST', {
      text: catalogInfo,
      contentType: 'application/yaml',
    });
  }

  reportFacts(facts: FactReport[]): Promise<FactReportResponse> {
    return this.#json('/facts', 'POST', { json: { items: facts } });
  }

  pushRuns(runs: ToolRun[]): Promise<RunPushResponse> {
    return this.#json('/runs', 'POST', { json: { runs } });
  }

  async getFacts(entityRef: string): Promise<DataProductFact[]> {
    const path = productPath('facts', entityRef);
    return (await this.#json<{ items: DataProductFact[] }>(path)).items;
  }

  listChanges(query: ChangeListQuery): Promise<DataProductChangePage> {
    return this.#json(`/changes?${params(query)}`);
  }

  listUnplacedResults(query: UnplacedResultQuery): Promise<UnplacedResultPage> {
    return this.#json(`/runs/unplaced?${params(query)}`);
  }

  getOdps(entityRef: string): Promise<OdpsDocument> {
    return this.#json(`${productPath('odps', entityRef)}?format=json`);
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
    return this.#json(`/waivers?${params(query)}`);
  }

  getWaiver(id: string): Promise<DataProductWaiver> {
    return this.#json(`/waivers/${encodeURIComponent(id)}`);
  }

  getWaiverLimits(): Promise<WaiverLimits> {
    return this.#json('/waivers/limits');
  }

  requestWaiver(request: WaiverRequest): Promise<DataProductWaiver> {
    return this.#json('/waivers', 'POST', { json: request });
  }

  decideWaiver(
    id: string,
    decision: 'approve' | 'reject',
    comment?: string,
  ): Promise<DataProductWaiver> {
    const path = `/waivers/${encodeURIComponent(id)}/${decision}`;
    return this.#json(path, 'POST', { json: comment ? { comment } : {} });
  }

  async #fetch(
    path: string,
    method = 'GET',
    body?: RequestBody,
  ): Promise<Response> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('data-products');
    return this.#fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body &&
        ('json' in body
          ? {
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body.json),
            }
          : {
              headers: { 'Content-Type': body.contentType },
              body: body.text,
            })),
    });
  }

  async #request(
    path: string,
    method?: string,
    body?: RequestBody,
  ): Promise<Response> {
    const response = await this.#fetch(path, method, body);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  async #json<T>(
    path: string,
    method?: string,
    body?: RequestBody,
  ): Promise<T> {
    return (await this.#request(path, method, body)).json();
  }
}
