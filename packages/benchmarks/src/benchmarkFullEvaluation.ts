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

import { mockServices } from '@backstage/backend-test-utils';
import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
// The backend exports only its plugin; the benchmark drives the evaluator and
// stores the plugin itself uses, as its own tests do.
/* eslint-disable @backstage/no-forbidden-package-imports */
import { DatabaseFactStore } from '@meshwork/plugin-data-products-backend/src/database/DatabaseFactStore';
import { DatabaseScorecardStore } from '@meshwork/plugin-data-products-backend/src/database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '@meshwork/plugin-data-products-backend/src/database/DatabaseWaiverStore';
import { ScorecardEvaluator } from '@meshwork/plugin-data-products-backend/src/service/ScorecardEvaluator';
/* eslint-enable @backstage/no-forbidden-package-imports */
import type { Knex } from 'knex';
import type { GeneratedMesh } from './generateMesh';
import { inMemoryCatalog } from './inMemoryCatalog';
import { stopwatch, timed } from './measure';
import { withTemporarySqlite } from './temporarySqlite';

/**
 * The one place the backend's evaluator is built, as plugin.ts builds it:
 * when its options change, change them here.
 */
async function buildScorecardEvaluator(options: {
  database: DatabaseService;
  catalog: CatalogService;
}) {
  const { database, catalog } = options;
  const store = await DatabaseScorecardStore.create({ database });
  const facts = await DatabaseFactStore.create({ database });
  const waivers = await DatabaseWaiverStore.create({ database });
  const evaluator = ScorecardEvaluator.create({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.rootLogger({ level: 'none' }),
    store,
    facts,
    waivers,
    rules: builtinScorecardRules,
  });
  return { evaluator, store, facts, waivers };
}

/** Pipelines' facts in the plugin's own fact store, before the timing. */
async function reportFacts(facts: DatabaseFactStore, mesh: GeneratedMesh) {
  const reported = [...mesh.facts.values()]
    .flat()
    .map(fact => ({ ...fact, reportedBy: 'user:default/pipeline' }));
  await facts.addFacts(reported, mesh.now);
}

export interface FullEvaluationTiming {
  products: number;
  /** evaluateAll on an empty database: every result and a first history point stored. */
  firstRunSeconds: number;
  /** Of the first run: reading the catalog. */
  catalogSeconds: number;
  /** Of the first run: reading the latest facts and the active waivers from SQLite. */
  factsSeconds: number;
  /** Of the first run: storing results and history. */
  storeSeconds: number;
  /** evaluateAll again: every result rewritten, no history point. */
  secondRunSeconds: number;
  /** What was stored, by product ref, to compare with the in-memory run. */
  stored: Map<string, StoredScorecard>;
}

type StoredScorecard = {
  level: string;
  score: number;
  states: Record<string, string>;
};

async function readStoredScorecards(knex: Knex) {
  const rows = await knex('scorecard_results').select(
    'entity_ref',
    'level',
    'score',
    'results',
  );
  return new Map<string, StoredScorecard>(
    rows.map(row => {
      const results: Array<{ ruleId: string; state: string }> = JSON.parse(
        row.results,
      );
      const states = Object.fromEntries(results.map(r => [r.ruleId, r.state]));
      return [row.entity_ref, { level: row.level, score: row.score, states }];
    }),
  );
}

/**
 * The plugin's evaluator and stores on `knex`, migrated, reading the mesh
 * from a catalog held in memory, with the pipelines' facts reported.
 */
export async function setUpBackend(mesh: GeneratedMesh, knex: Knex) {
  const database: DatabaseService = {
    getClient: async () => knex,
    migrations: { skip: false },
  };
  const catalog = inMemoryCatalog([...mesh.others, ...mesh.products]);
  const built = await buildScorecardEvaluator({ database, catalog });
  await reportFacts(built.facts, mesh);
  return { ...built, catalog };
}

/**
 * The backend's full evaluation of the catalog: read it (held in memory)
 * and the facts, validate and evaluate every product, and store the results
 * in SQLite (better-sqlite3, a temporary file) in batches.
 */
export async function benchmarkFullEvaluation(
  mesh: GeneratedMesh,
): Promise<FullEvaluationTiming> {
  return withTemporarySqlite(async knex => {
    const built = await setUpBackend(mesh, knex);
    const catalogRead = stopwatch(built.catalog, 'queryEntities');
    const storing = stopwatch(built.store, 'saveScorecards');
    const otherReads = [
      stopwatch(built.facts, 'latestFacts'),
      stopwatch(built.waivers, 'expire'),
      stopwatch(built.waivers, 'activeWaivers'),
    ];

    const firstRun = await timed(() => built.evaluator.evaluateAll(mesh.now));
    const catalogSeconds = catalogRead.seconds;
    const factsSeconds = otherReads.reduce((sum, r) => sum + r.seconds, 0);
    const storeSeconds = storing.seconds;
    const secondRun = await timed(() => built.evaluator.evaluateAll(mesh.now));
    return {
      products: firstRun.value.products,
      firstRunSeconds: firstRun.seconds,
      catalogSeconds,
      factsSeconds,
      storeSeconds,
      secondRunSeconds: secondRun.seconds,
      stored: await readStoredScorecards(knex),
    };
  });
}
