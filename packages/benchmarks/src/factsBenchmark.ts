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

import dbtFactSource from '@meshwork/plugin-data-products-backend-module-dbt';
import openLineageFactSource from '@meshwork/plugin-data-products-backend-module-openlineage';
import { withDatabase } from './benchmarkDatabase';
import { setUpBackend } from './benchmarkFullEvaluation';
import { FACTS_USAGE, parseFactsBenchmarkArgs } from './factsBenchmarkArgs';
import {
  printBaseline,
  printDbt,
  printGenerated,
  printOpenLineage,
} from './factsReport';
import { generateDbtRun } from './generateDbtRun';
import { generateMesh, type GeneratedMesh } from './generateMesh';
import { generateOpenLineageEvents } from './generateOpenLineageEvents';
import { timed } from './measure';
import { loadAverage, printMachine, seconds, type Print } from './report';
import { servedTables } from './servedTables';
import { timeDbtIngest } from './timeDbtIngest';
import { timeFactsBaseline } from './timeFactsBaseline';
import { timeOpenLineage } from './timeOpenLineage';

/**
 * The mesh's pipelines report freshness, and no quality yet: quality is
 * what the tools' runs bring, so that a scorecard judging a quality run
 * is a scorecard that took the run in.
 */
function withoutQuality(mesh: GeneratedMesh): GeneratedMesh {
  const facts = new Map(
    [...mesh.facts].map(([ref, list]) => [
      ref,
      list.filter(fact => fact.name !== 'quality'),
    ]),
  );
  return { ...mesh, facts };
}

/**
 * Generates a mesh, a dbt run of its dbt-built tables and OpenLineage
 * events of the rest, starts the plugin with the dbt and OpenLineage fact
 * sources, and times what a pipeline's post costs end to end, beside a
 * script posting each test to POST /facts. A benchmark, not a test: it
 * prints figures and their goals, and fails only on an error.
 */
export async function main(
  args: string[],
  print: Print = line => process.stdout.write(`${line ?? ''}\n`),
): Promise<number> {
  const options = parseFactsBenchmarkArgs(args);
  if (!options) {
    print(FACTS_USAGE);
    return 0;
  }
  const mesh = withoutQuality(generateMesh(options.products));
  const tables = servedTables(mesh);
  const run = generateDbtRun(tables.dbt, {
    tests: options.tests,
    now: mesh.now,
  });
  const events = generateOpenLineageEvents(tables.openLineage, tables.all, {
    count: options.events,
    now: mesh.now,
  });
  printMachine(
    print,
    mesh.products.length,
    mesh.others.length,
    'Meshwork fact sources benchmark',
  );
  printGenerated(print, { tables, run, events });

  await withDatabase(options.database, async (knex, where) => {
    const server = await setUpBackend(mesh, knex, {
      modules: [dbtFactSource, openLineageFactSource],
      // room for meshes larger than the default 100mb allows: see the README
      config: { dataProducts: { runs: { maxBodySize: '200mb' } } },
    });
    try {
      const evaluated = await timed(() => server.evaluateAll());
      print(
        `  database  ${where}; the products' scorecards stored by a full evaluation (${seconds(
          evaluated.seconds,
        )}),`,
      );
      print(
        "            with the freshness pipelines reported and no quality: the tools' runs bring it",
      );
      const dbt = await timeDbtIngest(server, knex, run, options.rounds);
      printDbt(print, dbt, options.tests);
      const openLineage = await timeOpenLineage(server, knex, events, {
        batch: options.batch,
        dbtProducts: new Set(dbt.first.answer.products),
      });
      printOpenLineage(print, openLineage);
      const baseline = await timeFactsBaseline(server, knex, run, {
        tests: options.baselineTests,
        observedAt: new Date(mesh.now.getTime() - 60_000).toISOString(),
      });
      printBaseline(print, baseline, dbt, options.tests);
    } finally {
      await server.stop();
    }
  });
  print();
  print(`  load average ${loadAverage()} (1, 5, 15 min) when the run ended`);
  return 0;
}
