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
import { PIPELINE, type setUpBackend } from './benchmarkFullEvaluation';
import { countStatements, type StatementCount } from './countStatements';
import type { GeneratedDbtRun } from './generateDbtRun';
import { timed } from './measure';

/** The most facts POST /facts takes in one request. */
const FACTS_PER_REQUEST = 1000;

export interface FactsBaselineTiming {
  /** Tests a port serves: the ones a script could post a fact for. */
  placed: number;
  /** Posted one fact per request, one request after the other. */
  single: { tests: number; seconds: number; statements: StatementCount };
  /** The same facts, 1,000 per request. */
  batched: { tests: number; seconds: number; requests: number };
  /** The scheduled full evaluation, which is when a posted fact reaches a scorecard. */
  fullEvaluationSeconds: number;
}

/**
 * What a team does without a fact source: a script of its own reads
 * run_results.json and posts each test's outcome to `POST /facts` as a
 * fact of the port the tested model serves (it has to know which: here it
 * is told), `dbt-test.<test name>` = `{ status, failures }`. Once one per
 * request, then in batches of 1,000. POST /facts stores and does not
 * re-score: scorecards read the facts at the next full evaluation, timed
 * here once the facts are in.
 */
export async function timeFactsBaseline(
  server: Awaited<ReturnType<typeof setUpBackend>>,
  knex: Knex,
  run: GeneratedDbtRun,
  options: { tests: number; observedAt: string },
): Promise<FactsBaselineTiming> {
  const facts = run.tests.flatMap(test =>
    test.table
      ? [
          {
            entityRef: test.table.entityRef,
            port: test.table.port,
            name: `dbt-test.${test.name}`,
            value: { status: test.status, failures: test.failures },
            observedAt: options.observedAt,
          },
        ]
      : [],
  );
  const singles = facts.slice(0, options.tests).map(f => JSON.stringify(f));
  const statements = countStatements(knex);
  const single = await timed(async () => {
    for (const json of singles) await server.postJson('/facts', json, PIPELINE);
  });
  const singleStatements = statements.stop();

  const batches: string[] = [];
  for (let i = 0; i < facts.length; i += FACTS_PER_REQUEST) {
    const items = facts.slice(i, i + FACTS_PER_REQUEST);
    batches.push(JSON.stringify({ items }));
  }
  const batched = await timed(async () => {
    for (const json of batches) await server.postJson('/facts', json, PIPELINE);
  });
  const evaluation = await timed(() => server.evaluateAll());
  return {
    placed: facts.length,
    single: {
      tests: singles.length,
      seconds: single.seconds,
      statements: singleStatements,
    },
    batched: {
      tests: facts.length,
      seconds: batched.seconds,
      requests: batches.length,
    },
    fullEvaluationSeconds: evaluation.seconds,
  };
}
