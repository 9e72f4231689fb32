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

import {
  DataProductFacets,
  DataProductListFilters,
  DATA_PRODUCT_LEVELS,
} from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import { ReadableProducts, readableCondition } from './readableProducts';

/** The browse filters, refs complete; `underOwner` resolved to the owners it covers. */
export interface ProductFilters
  extends Omit<DataProductListFilters, 'underOwner'> {
  /** The group `underOwner` names and every group below it. */
  underOwnerRefs?: string[];
  /** What the caller may read; every product when absent (a service). */
  readable?: ReadableProducts;
}

export type FacetName = keyof DataProductFacets;

/** A boolean SQL expression on scorecard_results with its bindings. */
export interface Condition {
  sql: string;
  bindings: Knex.Value[];
}

/** The column of each single-valued facet. */
export const FACET_COLUMNS = {
  domain: 'domain_ref',
  owner: 'owner_ref',
  status: 'status',
  type: 'product_type',
  level: 'level',
  classification: 'classification',
} as const;

/** Levels by rank, none lowest, for sorting. */
export const LEVEL_RANK = `case level ${DATA_PRODUCT_LEVELS.map(
  (level, rank) => `when '${level}' then ${rank}`,
).join(' ')} end`;

/** Text matched literally by `like … escape '!'`: user input is not a pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, c => `!${c}`);
}

function oneOf(column: string, values: string[]): Condition {
  // `in ()` is an error in PostgreSQL; no value matches nothing.
  if (values.length === 0) return { sql: '1 = 0', bindings: [] };
  return {
    sql: `${column} in (${values.map(() => '?').join(', ')})`,
    bindings: values,
  };
}

/** A space-separated column (tags, failing rules) holding the word. */
export function hasWord(column: string, word: string): Condition {
  return {
    sql: `(' ' || ${column} || ' ') like ? escape '!'`,
    bindings: [`% ${escapeLike(word)} %`],
  };
}

/**
 * The conditions combined, in parentheses as a whole: knex's `whereRaw`
 * adds a condition as it is, so an unwrapped `a or b` after the readable
 * filter would read `readable and a or b` and show hidden products.
 */
function joined(conditions: Condition[], operator: 'and' | 'or'): Condition {
  return {
    sql: `(${conditions.map(c => `(${c.sql})`).join(` ${operator} `)})`,
    bindings: conditions.flatMap(c => c.bindings),
  };
}

/** Any of the columns holding the text, case-insensitively and literally. */
export function containsText(columns: string[], q: string): Condition {
  const text = `%${escapeLike(q.toLocaleLowerCase('en-US'))}%`;
  return joined(
    columns.map(column => ({
      sql: `lower(${column}) like ? escape '!'`,
      bindings: [text],
    })),
    'or',
  );
}

/**
 * The filters that are not facets: what the caller may read, text search
 * and the owner subtree.
 */
export function baseConditions(
  db: Knex | Knex.QueryBuilder,
  filters: ProductFilters,
): Condition[] {
  const conditions: Condition[] = [];
  const readable = readableCondition(db, 'entity_ref', filters.readable);
  if (readable) conditions.push(readable);
  if (filters.q) {
    conditions.push(
      containsText(['title', 'entity_ref', 'description', 'tags'], filters.q),
    );
  }
  if (filters.underOwnerRefs) {
    conditions.push(oneOf('owner_ref', filters.underOwnerRefs));
  }
  return conditions;
}

/**
 * One condition per facet filter given: values of a filter are
 * alternatives, except failing rules, which a product must fail all of.
 */
export function facetConditions(
  filters: ProductFilters,
): Partial<Record<FacetName, Condition>> {
  const conditions: Partial<Record<FacetName, Condition>> = {};
  for (const facet of Object.keys(FACET_COLUMNS) as Array<
    keyof typeof FACET_COLUMNS
  >) {
    const values = filters[facet];
    if (values?.length) {
      conditions[facet] = oneOf(FACET_COLUMNS[facet], values);
    }
  }
  if (filters.tag?.length) {
    conditions.tag = joined(
      filters.tag.map(tag => hasWord('tags', tag)),
      'or',
    );
  }
  if (filters.failing?.length) {
    conditions.failing = joined(
      filters.failing.map(ruleId => hasWord('failing_rule_ids', ruleId)),
      'and',
    );
  }
  return conditions;
}

/** Restricts a query to the products matching every filter. */
export function whereMatching(
  builder: Knex.QueryBuilder,
  filters: ProductFilters,
): void {
  const conditions = [
    ...baseConditions(builder, filters),
    ...Object.values(facetConditions(filters)),
  ];
  for (const condition of conditions) {
    builder.whereRaw(condition.sql, condition.bindings);
  }
}
