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
import type { Router } from 'express';
import {
  DATA_PRODUCT_FILTER_VALUES,
  DATA_PRODUCT_SORT_FIELDS,
  type DataProductListFilters,
} from '@meshwork/plugin-data-products-common';
import { z } from 'zod/v3';
import type { ProductFilters } from '../database/productFilters';
import { loadGroupAncestors } from '@meshwork/plugin-data-products-node';
import { productsCsv } from './productsCsv';
import type { RouteOptions } from './RouteOptions';
import {
  entityRefParam,
  manyParam,
  parsed,
  ruleIdParam,
  tagParam,
} from './validation';

/** Every filter of `DataProductListFilters`, and only those. */
const filterParams = {
  q: z.string().max(200).optional(),
  domain: manyParam(entityRefParam('Domain')).optional(),
  owner: manyParam(entityRefParam('Group')).optional(),
  underOwner: entityRefParam('Group').optional(),
  status: manyParam(z.enum(DATA_PRODUCT_FILTER_VALUES.status)).optional(),
  type: manyParam(z.enum(DATA_PRODUCT_FILTER_VALUES.type)).optional(),
  level: manyParam(z.enum(DATA_PRODUCT_FILTER_VALUES.level)).optional(),
  classification: manyParam(
    z.enum(DATA_PRODUCT_FILTER_VALUES.classification),
  ).optional(),
  tag: manyParam(tagParam).optional(),
  failing: manyParam(ruleIdParam).optional(),
} satisfies Record<keyof DataProductListFilters, z.ZodTypeAny>;

const MAX_OFFSET = 1_000_000_000;

const sortParams = {
  sort: z.enum(DATA_PRODUCT_SORT_FIELDS).default('title'),
  order: z.enum(['asc', 'desc']).default('asc'),
};

const facetsQuery = z.object(filterParams).strict();
const exportQuery = z.object({ ...filterParams, ...sortParams }).strict();
const listQuery = z
  .object({
    ...filterParams,
    ...sortParams,
    // Bounded: the databases refuse an offset past a 64-bit integer (500).
    offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
    limit: z.coerce.number().int().min(1).max(500).default(25),
  })
  .strict();

/** The browse listing, its facets and its CSV export, for any signed-in user or service. */
export function addProductRoutes(router: Router, options: RouteOptions) {
  const { httpAuth, store, rules, catalog, auth, readAccess } = options;
  const signedIn = { allow: ['user' as const, 'service' as const] };

  /**
   * The store's filters: `underOwner` becomes the owners it covers, and
   * only the products the caller may read in the catalog count.
   */
  async function filtersOf<T extends DataProductListFilters>(
    credentials: BackstageCredentials,
    query: T,
  ): Promise<Omit<T, 'underOwner'> & ProductFilters> {
    const { underOwner, ...rest } = query;
    const [readable, groups] = await Promise.all([
      readAccess.readable(credentials),
      underOwner ? loadGroupAncestors(catalog, auth) : undefined,
    ]);
    return {
      ...rest,
      readable,
      ...(underOwner && {
        underOwnerRefs: groups!.groupAndDescendants(underOwner),
      }),
    };
  }

  router.get('/products', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const query = parsed(listQuery, req.query, 'parameters');
    res.json(await store.listProducts(await filtersOf(credentials, query)));
  });

  router.get('/products/facets', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const query = parsed(facetsQuery, req.query, 'parameters');
    res.json(await store.productFacets(await filtersOf(credentials, query)));
  });

  router.get('/products.csv', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const query = parsed(exportQuery, req.query, 'parameters');
    const items = await store.exportProducts(
      await filtersOf(credentials, query),
      query,
    );
    // Sets Content-Type text/csv from the file name, too.
    res.attachment('data-products.csv');
    res.send(
      productsCsv(
        items,
        rules.list().map(rule => rule.id),
      ),
    );
  });
}
