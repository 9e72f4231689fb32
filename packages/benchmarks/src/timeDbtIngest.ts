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

import { readDbtArtifacts } from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import { PIPELINE } from './benchmarkFullEvaluation';
import { countStatements, type StatementCount } from './countStatements';
import type { DataProductsBackend } from './dataProductsBackend';
import type { GeneratedDbtRun } from './generateDbtRun';
import { median, secondsSince, timed } from './measure';
import { countShowingQuality, waitForQuality } from './scorecardWait';

/** What `POST /runs/<tool>` answers, as far as the benchmark reads it. */
export interface IngestAnswer {
  runs: number;
  facts: number;
  products: string[];
  unplaced: { total: number };
  problems: Array<{ message: string }>;
}

export interface DbtIngestTiming {
  bodyBytes: number;
  /** The first post: the port index is built from the catalog on the way. */
  first: { seconds: number; answer: IngestAnswer; statements: StatementCount };
  /** Posts of the same run after it, the index in place. */
  repeats: number[];
  /** Apart, on the same body, in this process: what the route's reading costs. */
  parseSeconds: number;
  readSeconds: number;
  /** Products whose scorecards judged a quality run before the post. */
  showingBefore: number;
  scorecards: Awaited<ReturnType<typeof waitForQuality>>;
  /** `meshwork facts push --from dbt`: read in CI, then `POST /runs` of the runs read. */
  push: { readSeconds: number; postSeconds: number; bodyBytes: number };
}

/**
 * Posts the dbt run's artifacts to `POST /runs/dbt` as CI would (the JSON
 * of `{ runResults, manifest }`), `rounds` times, and reads the scorecards
 * of the products it reached until they judge its quality. The first post
 * is the one counted for the statements and the scorecards: before it, no
 * product had a quality run.
 */
export async function timeDbtIngest(
  server: DataProductsBackend,
  knex: Knex,
  run: GeneratedDbtRun,
  rounds: number,
): Promise<DbtIngestTiming> {
  const json = JSON.stringify(run.artifacts);
  const reached = [
    ...new Set(run.tests.flatMap(t => (t.table ? [t.table.entityRef] : []))),
  ];
  const showingBefore = await countShowingQuality(server, reached);

  const statements = countStatements(knex);
  const start = process.hrtime.bigint();
  const answer = (await server.postJson(
    '/runs/dbt',
    json,
    PIPELINE,
  )) as IngestAnswer;
  const seconds = secondsSince(start);
  const first = { seconds, answer, statements: statements.stop() };
  if (answer.problems.length > 0 || answer.runs !== 1) {
    throw new Error(
      `the generated dbt run was not read cleanly: ${JSON.stringify(
        answer.problems.slice(0, 3),
      )}`,
    );
  }
  const scorecards = await waitForQuality(
    server,
    new Map(answer.products.map(ref => [ref, start])),
  );

  const repeats: number[] = [];
  for (let i = 1; i < rounds; i++) {
    repeats.push(
      (await timed(() => server.postJson('/runs/dbt', json, PIPELINE))).seconds,
    );
  }

  const parses: number[] = [];
  const reads: number[] = [];
  let read = readDbtArtifacts(run.artifacts);
  for (let i = 0; i < 3; i++) {
    const parsed = await timed(() => JSON.parse(json));
    parses.push(parsed.seconds);
    const again = await timed(() => readDbtArtifacts(parsed.value));
    reads.push(again.seconds);
    read = again.value;
  }
  const runsJson = JSON.stringify({ runs: read.runs });
  const pushed = await timed(() =>
    server.postJson('/runs', runsJson, PIPELINE),
  );
  return {
    bodyBytes: Buffer.byteLength(json),
    first,
    repeats,
    parseSeconds: median(parses),
    readSeconds: median(reads),
    showingBefore,
    scorecards,
    push: {
      readSeconds: median(parses) + median(reads),
      postSeconds: pushed.seconds,
      bodyBytes: Buffer.byteLength(runsJson),
    },
  };
}
