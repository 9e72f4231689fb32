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
import type {
  DataClassification,
  DataProductListItem,
  DataProductListResponse,
  DataProductSortField,
  DataProductStatus,
  DataProductType,
} from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import { LEVEL_RANK, ProductFilters, whereMatching } from './productFilters';
import { productFieldsOf, ResultRow, statesOf, wordsOf } from './resultRows';

/** How the browse listing and its export are sorted. */
export interface ProductSort {
  sort: DataProductSortField;
  order: 'asc' | 'desc';
}

/** The browse listing: filters, sort and one page. */
export interface ProductListQuery extends ProductFilters, ProductSort {
  offset: number;
  limit: number;
}

const SORT_EXPRESSIONS: Record<DataProductSortField, string> = {
  title: 'lower(title)',
  domain: 'domain_ref',
  owner: 'owner_ref',
  status: 'status',
  type: 'product_type',
  level: LEVEL_RANK,
  score: 'score',
  evaluatedAt: 'evaluated_at',
};

const LIST_COLUMNS = [
  'entity_ref',
  'title',
  'description',
  'domain_ref',
  'owner_ref',
  'status',
  'product_type',
  'classification',
  'tags',
  'level',
  'score',
  'failing_rule_ids',
  'results',
  'evaluated_at',
];

function listItemOf(row: ResultRow): DataProductListItem {
  const { name } = parseEntityRef(row.entity_ref);
  return {
    ...productFieldsOf(row),
    name,
    title: row.title ?? name,
    description: row.description ?? undefined,
    status: (row.status ?? undefined) as DataProductStatus | undefined,
    type: (row.product_type ?? undefined) as DataProductType | undefined,
    classification: (row.classification ?? undefined) as
      | DataClassification
      | undefined,
    tags: wordsOf(row.tags),
    failingRuleIds: wordsOf(row.failing_rule_ids),
    states: statesOf(JSON.parse(row.results)),
  };
}

/**
 * The order of the listing. Products without the sorted value come last
 * either way (SQLite and PostgreSQL disagree on where NULL sorts), and the
 * ref breaks ties so that pages neither repeat nor skip a product.
 */
function orderOf({ sort, order }: ProductSort): string {
  const expression = SORT_EXPRESSIONS[sort];
  return `case when ${expression} is null then 1 else 0 end, ${expression} ${order}, entity_ref asc`;
}

/**
 * The matching products, sorted, with every column a listing shows; one
 * page of them if `page` says which. The page's refs are picked first,
 * sorting only short columns, so that the wide ones (the results JSON) are
 * read for its rows alone.
 */
function sortedProducts(
  db: Knex,
  filters: ProductFilters,
  sort: ProductSort,
  page?: { offset: number; limit: number },
): Knex.QueryBuilder<ResultRow, ResultRow[]> {
  const matching = (builder: Knex.QueryBuilder) =>
    whereMatching(builder, filters);
  return db<ResultRow>('scorecard_results')
    .modify(builder =>
      page
        ? builder.whereIn(
            'entity_ref',
            db('scorecard_results')
              .modify(matching)
              .orderByRaw(orderOf(sort))
              .offset(page.offset)
              .limit(page.limit)
              .select('entity_ref'),
          )
        : matching(builder),
    )
    .orderByRaw(orderOf(sort))
    .select(LIST_COLUMNS);
}

/** One page of the matching products and how many match: two queries. */
export async function listProducts(
  db: Knex,
  query: ProductListQuery,
): Promise<DataProductListResponse> {
  const [counted, rows] = await Promise.all([
    db('scorecard_results')
      .modify(builder => whereMatching(builder, query))
      .count({ n: '*' }),
    sortedProducts(db, query, query, query),
  ]);
  return {
    items: rows.map(listItemOf),
    // A count is a string from PostgreSQL, a number from SQLite.
    totalCount: Number(counted[0].n),
    offset: query.offset,
    limit: query.limit,
  };
}

/** Every matching product, sorted, for the export: one query. */
export async function allProducts(
  db: Knex,
  filters: ProductFilters,
  sort: ProductSort,
): Promise<DataProductListItem[]> {
  return (await sortedProducts(db, filters, sort)).map(listItemOf);
}
