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
import { waitForLine, type LogFollower } from './backendLog';
import {
  catalogDone,
  countWithRelations,
  readCatalogProgress,
  type CatalogProgress,
} from './catalogProgress';

const say = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);
const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export interface CatalogLoad {
  entities: number;
  /** The provider's own time to hand them over (its full mutation). */
  mutationSeconds: number;
  /** From the start of the mutation to every entity processed and stitched. */
  seconds: number;
  /** Of the last products handed over, how many were stitched with relations. */
  lastWithRelations: number;
  lastChecked: number;
}

const APPLYING = /^Generated mesh: applying a full mutation of (\d+) entities/;
const APPLIED =
  /^Generated mesh: applied a full mutation of \d+ entities in (\d+) ms/;

/**
 * Waits for the provider's full mutation (in a replica's log) and
 * then for the catalog to process and stitch every entity, reading its own
 * tables every second; `lastRefs` (the last products handed over) must then
 * carry their relations.
 */
export async function waitForCatalogLoad(options: {
  logs: LogFollower[];
  catalog: Knex;
  lastRefs: string[];
  timeoutMs: number;
}): Promise<CatalogLoad> {
  const { logs, catalog, lastRefs, timeoutMs } = options;
  // On the replica whose scheduler took the provider's task.
  const { line: applying, index } = await waitForLine(logs, APPLYING, {
    timeoutMs: 10 * 60_000,
  });
  const entities = Number(APPLYING.exec(applying.message)![1]);
  const { line: applied } = await waitForLine([logs[index]], APPLIED, {
    timeoutMs,
  });
  const mutationSeconds = Number(APPLIED.exec(applied.message)![1]) / 1000;
  const deadline = applying.at + timeoutMs;
  let lastSaid = Date.now();
  let progress: CatalogProgress;
  for (;;) {
    progress = await readCatalogProgress(catalog);
    if (catalogDone(progress, entities)) break;
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog did not finish in ${
          timeoutMs / 60_000
        } min: ${JSON.stringify(progress)}`,
      );
    }
    if (Date.now() - lastSaid > 30_000) {
      const { processed, stitched, toStitch } = progress;
      const minutes = ((Date.now() - applying.at) / 60_000).toFixed(1);
      say(
        `catalog after ${minutes} min: ${processed} of ${entities} processed, ${stitched} stitched, ${toStitch} waiting to be stitched`,
      );
      lastSaid = Date.now();
    }
    await delay(1000);
  }
  const seconds = (Date.now() - applying.at) / 1000;
  return {
    entities,
    mutationSeconds,
    seconds,
    lastWithRelations: await countWithRelations(catalog, lastRefs),
    lastChecked: lastRefs.length,
  };
}
