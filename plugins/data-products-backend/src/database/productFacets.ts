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
  DATA_PRODUCT_LIST_FILTERS,
  type DataProductFacets,
  type DataProductFacetValue,
} from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import {
  baseConditions,
  FACET_COLUMNS,
  facetConditions,
  FacetName,
  ProductFilters,
} from './productFilters';
import { wordsOf } from './resultRows';

type FacetRow = Record<string, string | number | null>;

const FACETS: ReadonlyArray<FacetName> = DATA_PRODUCT_LIST_FILTERS;

/** The values a row has for each facet. */
function valuesOf(row: FacetRow): Record<FacetName, string[]> {
  const single = Object.entries(FACET_COLUMNS).map(([facet, column]) => [
    facet,
    row[column] === null ? [] : [String(row[column])],
  ]);
  return {
    ...Object.fromEntries(single),
    tag: wordsOf(row.tags as string),
    failing: wordsOf(row.failing_rule_ids as string),
  };
}

function sortedCounts(counts: Map<string, number>): DataProductFacetValue[] {
  return [...counts.entries()]
    .sort(([va, a], [vb, b]) => b - a || va.localeCompare(vb))
    .map(([value, count]) => ({ value, count }));
}

/**
 * Facet counts in one query. Each facet counts the products matching every
 * filter but its own, so the query returns the products that miss at most
 * one facet filter, with a 0/1 column per filter saying which; the tally
 * in JS credits a product to every facet if it misses none, or to the one
 * facet whose filter it misses.
 */
export async function productFacets(
  db: Knex,
  filters: ProductFilters,
): Promise<DataProductFacets> {
  const flags = Object.entries(facetConditions(filters)).map(
    ([facet, condition], i) => ({
      facet: facet as FacetName,
      alias: `matches_${i}`,
      sql: `case when ${condition!.sql} then 1 else 0 end`,
      bindings: condition!.bindings,
    }),
  );
  const query = db('scorecard_results').select(
    ...Object.values(FACET_COLUMNS),
    'tags',
    'failing_rule_ids',
  );
  for (const flag of flags) {
    query.select(db.raw(`${flag.sql} as ${flag.alias}`, flag.bindings));
  }
  for (const condition of baseConditions(db, filters)) {
    query.whereRaw(condition.sql, condition.bindings);
  }
  if (flags.length > 1) {
    query.whereRaw(`(${flags.map(f => f.sql).join(' + ')}) >= ?`, [
      ...flags.flatMap(f => f.bindings),
      flags.length - 1,
    ]);
  }
  const rows: FacetRow[] = await query;

  const counts = new Map(
    FACETS.map(facet => [facet, new Map<string, number>()]),
  );
  for (const row of rows) {
    const missed = flags.filter(f => Number(row[f.alias]) !== 1);
    if (missed.length > 1) continue;
    const credited = missed.length === 0 ? FACETS : [missed[0].facet];
    const values = valuesOf(row);
    for (const facet of credited) {
      for (const value of values[facet]) {
        const tally = counts.get(facet)!;
        tally.set(value, (tally.get(value) ?? 0) + 1);
      }
    }
  }
  return Object.fromEntries(
    FACETS.map(facet => [facet, sortedCounts(counts.get(facet)!)]),
  ) as Record<FacetName, DataProductFacetValue[]>;
}
