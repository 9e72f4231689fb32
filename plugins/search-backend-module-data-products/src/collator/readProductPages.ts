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
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type {
  DataProductListItem,
  DataProductListResponse,
} from '@meshwork/plugin-data-products-common';

/** What reading the data-products listing needs. */
export interface ProductListingReader {
  discovery: DiscoveryService;
  auth: AuthService;
  /** Products per request. */
  batchSize: number;
}

function isListResponse(body: unknown): body is DataProductListResponse {
  const page = body as Partial<DataProductListResponse> | undefined;
  return Array.isArray(page?.items) && typeof page?.totalCount === 'number';
}

/** A short piece of an error body, for the log. */
async function excerptOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Every scored data product, a page at a time, from the data-products
 * backend's listing (`GET /products?offset=&limit=`), as this plugin's own
 * service. Throws when the backend cannot be reached or answers with an
 * error, so that the indexing run fails and the previous index stays.
 */
export async function* readProductPages(
  reader: ProductListingReader,
): AsyncGenerator<DataProductListItem[]> {
  const { discovery, auth, batchSize } = reader;
  const baseUrl = await discovery.getBaseUrl('data-products');
  let offset = 0;
  for (;;) {
    // A token per page: one may expire during a long run.
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'data-products',
    });
    const url = `${baseUrl}/products?offset=${offset}&limit=${batchSize}`;
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw new Error(
        `GET ${url} answered ${response.status} ${
          response.statusText
        }: ${await excerptOf(response)}`,
      );
    }
    const body: unknown = await response.json();
    if (!isListResponse(body)) {
      throw new Error(
        `GET ${url} answered with no items array and totalCount number; is the data-products backend the same version?`,
      );
    }
    if (body.items.length === 0) return;
    yield body.items;
    offset += body.items.length;
    if (offset >= body.totalCount) return;
  }
}
