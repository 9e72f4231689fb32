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

/** Where the catalog's processing stands, read from its own tables. */
export interface CatalogProgress {
  /** Entities the providers handed it. */
  entities: number;
  /** Of those, processed at least once. */
  processed: number;
  /** Entities with a final (stitched) version, which the API serves. */
  stitched: number;
  /** Entities waiting to be stitched (again). */
  toStitch: number;
}

export async function readCatalogProgress(
  catalog: Knex,
): Promise<CatalogProgress> {
  const [state] = await catalog('refresh_state').select(
    catalog.raw('count(*)::int as entities'),
    catalog.raw('count(processed_entity)::int as processed'),
  );
  const [final] = await catalog('final_entities').select(
    catalog.raw('count(final_entity)::int as stitched'),
  );
  const [queue] = await catalog('stitch_queue').select(
    catalog.raw('count(*)::int as "toStitch"'),
  );
  return { ...state, ...final, ...queue };
}

/** Every entity handed over is processed and stitched, and nothing waits. */
export const catalogDone = (p: CatalogProgress, expected: number) =>
  p.entities >= expected &&
  p.processed >= expected &&
  p.stitched >= expected &&
  p.toStitch === 0;

/**
 * How many of `refs` are stitched with relations: the last products handed
 * over carry their owner, domain and port relations once processed.
 */
export async function countWithRelations(
  catalog: Knex,
  refs: string[],
): Promise<number> {
  const rows: Array<{ final_entity: string | null }> = await catalog(
    'final_entities',
  )
    .whereIn('entity_ref', refs)
    .select('final_entity');
  return rows.filter(
    row => row.final_entity && JSON.parse(row.final_entity).relations?.length,
  ).length;
}

/**
 * Makes every entity due for processing within `seconds`, spread evenly, as
 * they fall due in a catalog that reprocesses each entity once per
 * `seconds`: how the default processing interval (100 to 150 s) runs, on
 * a catalog that was loaded with a long one.
 */
export async function spreadProcessing(catalog: Knex, seconds: number) {
  await catalog('refresh_state').update({
    next_update_at: catalog.raw(`now() + random() * interval '1 second' * ?`, [
      seconds,
    ]),
  });
}

/** Entities due for processing more than 10 s ago that the catalog has not got to yet. */
export async function overdueEntities(catalog: Knex): Promise<number> {
  const [{ overdue }] = await catalog('refresh_state')
    .where('next_update_at', '<', catalog.raw(`now() - interval '10 seconds'`))
    .select(catalog.raw('count(*)::int as overdue'));
  return overdue;
}
