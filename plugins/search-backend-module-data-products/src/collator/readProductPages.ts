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
import { isError, type ResponseError } from '@backstage/errors';
import {
  DataProductsClient,
  type DataProductListItem,
  type DataProductListResponse,
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

/** A fetch that calls the data-products backend as this plugin's own service. */
function fetchAsService(auth: AuthService): typeof fetch {
  return async (input, init) => {
    // A token per request: one may expire during a long run.
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'data-products',
    });
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}

/** An answer with an error status, as the client throws it. */
function isRefusal(error: unknown): error is ResponseError {
  return isError(error) && error.name === 'ResponseError';
}

/** The backend's answer to an error, for the log: the status and a short piece of its message. */
function describeRefusal(error: unknown): unknown {
  if (!isRefusal(error)) return error;
  const { response, statusCode, statusText, body } = error;
  const said = body.error.message;
  return new Error(
    `GET ${response.url} answered ${statusCode} ${statusText}: ${
      said.length > 200 ? `${said.slice(0, 200)}…` : said
    }`,
  );
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
  const client = new DataProductsClient({
    discoveryApi: discovery,
    fetchApi: { fetch: fetchAsService(auth) },
  });
  let offset = 0;
  for (;;) {
    const page: unknown = await client
      .listProducts({ offset, limit: batchSize })
      .catch(error => {
        throw describeRefusal(error);
      });
    if (!isListResponse(page)) {
      throw new Error(
        'GET /products of the data-products backend answered with no items array and totalCount number; is it the same version?',
      );
    }
    if (page.items.length === 0) return;
    yield page.items;
    offset += page.items.length;
    if (offset >= page.totalCount) return;
  }
}
