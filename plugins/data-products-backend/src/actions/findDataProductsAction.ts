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

import type { AuthService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DATA_PRODUCT_FILTER_VALUES,
  DATA_PRODUCT_LEVELS,
  DATA_PRODUCT_SORT_FIELDS,
} from '@meshwork/plugin-data-products-common';
import type { ScorecardStore } from '../database/ScorecardStore';
import { loadGroupAncestors } from '@meshwork/plugin-data-products-node';
import type { ProductReadAccess } from '../service/ProductReadAccess';
import { completeRef } from './catalogAccess';

/**
 * `find-data-products`: the browse listing for assistants, with the same
 * filters and paging as GET /products. Products the caller may not read in
 * the catalog are left out.
 */
export function registerFindDataProductsAction(options: {
  actionsRegistry: ActionsRegistryService;
  store: ScorecardStore;
  catalog: CatalogService;
  auth: AuthService;
  readAccess: ProductReadAccess;
}) {
  const { actionsRegistry, store, catalog, auth, readAccess } = options;
  actionsRegistry.register({
    name: 'find-data-products',
    title: 'Find data products',
    description: `Searches the data products of the data mesh and returns, for each, its entity ref, title, domain, owner, status, scorecard level (none, bronze, silver or gold) and score (0-100).
Filters combine with AND; the values of one filter are alternatives (OR), except \`failing\`, which a product must fail all of.
Entity refs may be short: "sales" for domain:default/sales, "sales-data" for group:default/sales-data.
Pages: pass the returned nextOffset as offset to read the next page. Products the caller may not read in the catalog are left out of the items and the count.
Use get-data-product-scorecard for one product's rules, explain-data-product-failures for what to fix.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          query: z
            .string()
            .max(200)
            .optional()
            .describe('Text in the title, ref, description or tags'),
          domain: z
            .array(z.string())
            .optional()
            .describe('Domains, e.g. ["sales"]'),
          owner: z
            .array(z.string())
            .optional()
            .describe('Owning groups, e.g. ["sales-data"]'),
          underOwner: z
            .string()
            .optional()
            .describe('A group: products it or any group below it owns'),
          status: z.array(z.enum(DATA_PRODUCT_FILTER_VALUES.status)).optional(),
          type: z.array(z.enum(DATA_PRODUCT_FILTER_VALUES.type)).optional(),
          level: z.array(z.enum(DATA_PRODUCT_FILTER_VALUES.level)).optional(),
          classification: z
            .array(z.enum(DATA_PRODUCT_FILTER_VALUES.classification))
            .optional(),
          tag: z.array(z.string()).optional(),
          failing: z
            .array(z.string())
            .optional()
            .describe('Rule ids the products fail, e.g. ["has-docs"]'),
          sort: z.enum(DATA_PRODUCT_SORT_FIELDS).default('title'),
          order: z.enum(['asc', 'desc']).default('asc'),
          offset: z.number().int().min(0).default(0),
          limit: z.number().int().min(1).max(100).default(20),
        }),
      output: z =>
        z.object({
          items: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string(),
              description: z.string().optional(),
              domainRef: z.string().optional(),
              ownerRef: z.string().optional(),
              status: z.string().optional(),
              level: z.enum(DATA_PRODUCT_LEVELS),
              score: z.number(),
              failingRuleIds: z.array(z.string()),
              evaluatedAt: z.string(),
            }),
          ),
          totalCount: z
            .number()
            .describe('Products matching the filters that the caller may read'),
          nextOffset: z
            .number()
            .optional()
            .describe('The offset of the next page; absent on the last page'),
        }),
    },
    action: async ({ input, credentials }) => {
      const { query, underOwner, ...filters } = input;
      const underOwnerRefs = underOwner
        ? (await loadGroupAncestors(catalog, auth)).groupAndDescendants(
            completeRef(underOwner, 'Group', 'underOwner'),
          )
        : undefined;
      const page = await store.listProducts({
        ...filters,
        q: query,
        domain: filters.domain?.map(d => completeRef(d, 'Domain', 'domain')),
        owner: filters.owner?.map(o => completeRef(o, 'Group', 'owner')),
        underOwnerRefs,
        readable: await readAccess.readable(credentials),
      });
      const end = page.offset + page.limit;
      return {
        output: {
          items: page.items.map(item => ({
            entityRef: item.entityRef,
            title: item.title,
            description: item.description,
            domainRef: item.domainRef,
            ownerRef: item.ownerRef,
            status: item.status,
            level: item.level,
            score: item.score,
            failingRuleIds: item.failingRuleIds,
            evaluatedAt: item.evaluatedAt,
          })),
          totalCount: page.totalCount,
          nextOffset: end < page.totalCount ? end : undefined,
        },
      };
    },
  });
}
