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

import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Knex } from 'knex';
import { databaseTimer } from './databaseTimer';
import {
  FULL_EVALUATION_TASK,
  startDataProductsBackend,
} from './dataProductsBackend';
import type { GeneratedMesh } from './generateMesh';
import { inMemoryCatalog } from './inMemoryCatalog';
import { stopwatch, timed } from './measure';
import { withTemporarySqlite } from './temporarySqlite';

/** Who reports the facts: pipelines post them with their own identity. */
export const PIPELINE = 'user:default/pipeline';
/** The most facts the plugin takes in one POST /facts. */
const FACTS_PER_REQUEST = 1000;

/** Pipelines' facts, posted to the plugin as pipelines post them, before the timing. */
export async function reportFacts(
  backend: { post(path: string, body: unknown, user?: string): unknown },
  mesh: GeneratedMesh,
) {
  const items = [...mesh.facts.values()]
    .flat()
    .map(({ entityRef, port, name, value, observedAt }) => ({
      ...{ entityRef, port, name, value, observedAt },
    }));
  for (let i = 0; i < items.length; i += FACTS_PER_REQUEST) {
    const batch = items.slice(i, i + FACTS_PER_REQUEST);
    await backend.post('/facts', { items: batch }, PIPELINE);
  }
}

export interface FullEvaluationTiming {
  products: number;
  /** The evaluation task on an empty database: every result and a first history point stored. */
  firstRunSeconds: number;
  /** Of the first run: reading the catalog. */
  catalogSeconds: number;
  /** Of the first run: the database's reads of the latest facts and the active waivers. */
  factsSeconds: number;
  /** Of the first run: the database's writes (and reads) of results and history. */
  storeSeconds: number;
  /** Of the first run: the task's pruning of superseded facts, after the evaluation. */
  pruneSeconds: number;
  /** The task again: every result rewritten, no history point. */
  secondRunSeconds: number;
  /** What was stored, by product ref, to compare with the in-memory run. */
  stored: Map<string, StoredScorecard>;
  /** The backend's clock when it evaluated, as stored with the results. */
  evaluatedAt: Date;
}

type StoredScorecard = {
  level: string;
  score: number;
  states: Record<string, string>;
};

/** The plugin's stored results, read from its tables once the timing is over. */
async function readStoredScorecards(knex: Knex) {
  const rows = await knex('scorecard_results').select(
    'entity_ref',
    'level',
    'score',
    'results',
    'evaluated_at',
  );
  const stored = new Map<string, StoredScorecard>(
    rows.map(row => {
      const results: Array<{ ruleId: string; state: string }> = JSON.parse(
        row.results,
      );
      const states = Object.fromEntries(results.map(r => [r.ruleId, r.state]));
      return [row.entity_ref, { level: row.level, score: row.score, states }];
    }),
  );
  const evaluatedAt = new Date(rows[0]?.evaluated_at ?? Date.now());
  return { stored, evaluatedAt };
}

/**
 * The data products plugin started on `knex` (it migrates its database),
 * reading the mesh from a catalog held in memory (or the one given), with
 * the pipelines' facts reported over HTTP. `evaluateAll()` runs the
 * plugin's scheduled full evaluation.
 */
export async function setUpBackend(
  mesh: GeneratedMesh,
  knex: Knex,
  options: {
    catalog?: CatalogService;
    permissions?: PermissionsService;
    config?: Parameters<typeof startDataProductsBackend>[0]['config'];
    modules?: Parameters<typeof startDataProductsBackend>[0]['modules'];
  } = {},
) {
  const catalog =
    options.catalog ?? inMemoryCatalog([...mesh.others, ...mesh.products]);
  const backend = await startDataProductsBackend({ ...options, knex, catalog });
  try {
    await reportFacts(backend, mesh);
  } catch (error) {
    await backend.stop();
    throw error;
  }
  return {
    ...backend,
    catalog,
    evaluateAll: () => backend.runTask(FULL_EVALUATION_TASK),
  };
}

/** Which share of the full evaluation a statement of the plugin's is. */
function shareOf(sql: string): string | undefined {
  if (/data_product_facts/i.test(sql)) {
    return /^\s*delete/i.test(sql) ? 'prune' : 'facts';
  }
  if (/data_product_waiver/i.test(sql)) return 'facts';
  if (/scorecard_(results|history)/i.test(sql)) return 'store';
  return undefined;
}

/**
 * The backend's full evaluation of the catalog, as its schedule runs it:
 * read the catalog (held in memory) and the facts, validate and evaluate
 * every product, store the results in SQLite (better-sqlite3, a temporary
 * file) in batches, and prune superseded facts.
 */
export async function benchmarkFullEvaluation(
  mesh: GeneratedMesh,
): Promise<FullEvaluationTiming> {
  return withTemporarySqlite(async knex => {
    const backend = await setUpBackend(mesh, knex);
    try {
      const catalogRead = stopwatch(backend.catalog, 'queryEntities');
      const database = databaseTimer(knex, shareOf);
      const firstRun = await timed(() => backend.evaluateAll());
      const catalogSeconds = catalogRead.seconds;
      const [factsSeconds, storeSeconds, pruneSeconds] = [
        'facts',
        'store',
        'prune',
      ].map(database.seconds);
      database.stop();
      const secondRun = await timed(() => backend.evaluateAll());
      const { stored, evaluatedAt } = await readStoredScorecards(knex);
      return {
        products: stored.size,
        firstRunSeconds: firstRun.seconds,
        ...{ catalogSeconds, factsSeconds, storeSeconds, pruneSeconds },
        secondRunSeconds: secondRun.seconds,
        stored,
        evaluatedAt,
      };
    } finally {
      await backend.stop();
    }
  });
}
