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

import type { DataProductListItem } from '@meshwork/plugin-data-products-common';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake listing received. */
export interface ListingRequest {
  offset: number;
  limit: number;
  authorization?: string;
}

/** A loopback stand-in for the data-products backend's listing. */
export interface ListingServer {
  /** What `discovery.getBaseUrl('data-products')` answers. */
  baseUrl: string;
  requests: ListingRequest[];
  close(): Promise<void>;
}

/**
 * Serves `GET /api/data-products/products?offset=&limit=` over the given
 * products as the real listing pages them, or fails every request with
 * `failWith` and Backstage's error body.
 */
export async function startListingServer(options: {
  products: DataProductListItem[];
  failWith?: number;
}): Promise<ListingServer> {
  const requests: ListingRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname !== '/api/data-products/products') {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { name: 'NotFoundError' } }));
      return;
    }
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 25);
    requests.push({ offset, limit, authorization: req.headers.authorization });
    if (options.failWith) {
      res.statusCode = options.failWith;
      res.end(
        JSON.stringify({
          error: { name: 'Error', message: 'database is gone' },
          response: { statusCode: options.failWith },
        }),
      );
      return;
    }
    res.end(
      JSON.stringify({
        items: options.products.slice(offset, offset + limit),
        totalCount: options.products.length,
        offset,
        limit,
      }),
    );
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/data-products`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}
