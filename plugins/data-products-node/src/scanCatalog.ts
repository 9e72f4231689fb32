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

import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** A first-page catalog query: a filter and the fields to return. @public */
export type CatalogQuery = Extract<
  NonNullable<Parameters<CatalogService['queryEntities']>[0]>,
  { filter?: unknown }
>;

/**
 * Every entity a query matches, read a page at a time with the catalog's
 * cursor. The cursor carries the filter but not the fields: each page asks
 * for them again, or every page after the first comes back whole (a
 * contract API's full definition where its etag was enough).
 * @public
 */
export async function* scanCatalog(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  query: CatalogQuery,
  pageSize = 500,
): AsyncGenerator<Entity> {
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor
        ? { cursor, fields: query.fields, limit: pageSize }
        : { ...query, limit: pageSize },
      { credentials },
    );
    yield* page.items;
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
}
