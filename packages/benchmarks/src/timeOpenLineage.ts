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

import { OPENLINEAGE_TRANSPORT_PATH } from '@meshwork/plugin-data-products-backend-module-openlineage';
import type { Knex } from 'knex';
import { PIPELINE } from './benchmarkFullEvaluation';
import { countStatements, type StatementCount } from './countStatements';
import type { DataProductsBackend } from './dataProductsBackend';
import type { GeneratedEvents } from './generateOpenLineageEvents';
import { secondsSince, timed } from './measure';
import { countShowingQuality, waitForQuality } from './scorecardWait';
import type { IngestAnswer } from './timeDbtIngest';

export interface OpenLineageTiming {
  events: number;
  batch: number;
  /** The events in requests of `batch`, one after the other. */
  batched: { seconds: number; requests: number; statements: StatementCount };
  /** The same events again, one per request, as the official clients send them. */
  single: { seconds: number; statements: StatementCount };
  facts: number;
  problems: string[];
  /** Products whose quality only the validation events report. */
  asserted: number;
  showingBefore: number;
  scorecards: Awaited<ReturnType<typeof waitForQuality>>;
}

/**
 * Posts the events to the OpenLineage transport's path, in batches and
 * then one per request, each body already serialised (a producer has its
 * JSON at hand), and reads the scorecards of the products whose quality
 * the validation events report (those no dbt test reaches) until they
 * judge it: each from the start of the post that carried its first event.
 */
export async function timeOpenLineage(
  server: DataProductsBackend,
  knex: Knex,
  generated: GeneratedEvents,
  options: { batch: number; dbtProducts: Set<string> },
): Promise<OpenLineageTiming> {
  const { events, asserted } = generated;
  const { batch, dbtProducts } = options;
  const ownQuality = [...asserted].filter(
    ([, table]) => !dbtProducts.has(table.entityRef),
  );
  const candidates = [...new Set(ownQuality.map(([, t]) => t.entityRef))];
  const showingBefore = await countShowingQuality(server, candidates);

  const bodies: Array<{ json: string; from: number; to: number }> = [];
  for (let from = 0; from < events.length; from += batch) {
    const to = Math.min(events.length, from + batch);
    bodies.push({ json: JSON.stringify(events.slice(from, to)), from, to });
  }
  const since = new Map<string, bigint>();
  const answers: IngestAnswer[] = [];
  const batchedStatements = countStatements(knex);
  const start = process.hrtime.bigint();
  for (const body of bodies) {
    const posted = process.hrtime.bigint();
    for (const [index, table] of ownQuality) {
      if (index >= body.from && index < body.to && !since.has(table.entityRef))
        since.set(table.entityRef, posted);
    }
    answers.push(
      (await server.postJson(
        OPENLINEAGE_TRANSPORT_PATH,
        body.json,
        PIPELINE,
      )) as IngestAnswer,
    );
  }
  const batched = {
    seconds: secondsSince(start),
    requests: bodies.length,
    statements: batchedStatements.stop(),
  };
  const scorecards = await waitForQuality(server, since);

  const singles = events.map(event => JSON.stringify(event));
  const singleStatements = countStatements(knex);
  const single = await timed(async () => {
    for (const json of singles) {
      await server.postJson(OPENLINEAGE_TRANSPORT_PATH, json, PIPELINE);
    }
  });
  return {
    events: events.length,
    batch,
    batched,
    single: { seconds: single.seconds, statements: singleStatements.stop() },
    facts: answers.reduce((n, a) => n + a.facts, 0),
    problems: answers.flatMap(a => a.problems.map(p => p.message)),
    asserted: candidates.length,
    showingBefore,
    scorecards,
  };
}
