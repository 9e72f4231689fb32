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

import type { Knex } from 'knex';
import { ReadableProducts, whereReadable } from './readableProducts';

/** The current products of one group, scored as they stood at an earlier time. */
export interface PreviousRollupRow {
  groupRef?: string;
  /** Products that had a history point by then. */
  products: number;
  scoreSum: number;
}

/**
 * Today's products per domain or owner, each with its score from the last
 * history point recorded by `since`, in one query; products with no point
 * by then are left out.
 */
export async function previousRollupRows(
  db: Knex,
  by: 'domain' | 'owner',
  since: Date,
  readable?: ReadableProducts,
): Promise<PreviousRollupRow[]> {
  const column = by === 'domain' ? 'r.domain_ref' : 'r.owner_ref';
  // Points are written in time order: the highest id by then is the latest.
  const latest = db('scorecard_history')
    .where('recorded_at', '<=', since)
    .groupBy('entity_ref')
    .select('entity_ref')
    .max({ id: 'id' })
    .as('latest');
  const rows = (await db({ r: 'scorecard_results' })
    .join(latest, 'latest.entity_ref', 'r.entity_ref')
    .join({ h: 'scorecard_history' }, 'h.id', 'latest.id')
    .modify(builder => whereReadable(builder, 'r.entity_ref', readable))
    .select({ group_ref: column })
    .count({ products: '*' })
    .sum({ score_sum: 'h.score' })
    .groupBy(column)) as unknown as Array<{
    group_ref: string | null;
    products: number | string;
    score_sum: number | string;
  }>;
  // Counts and sums come back as strings from PostgreSQL, numbers from SQLite.
  return rows.map(row => ({
    groupRef: row.group_ref ?? undefined,
    products: Number(row.products),
    scoreSum: Number(row.score_sum),
  }));
}
