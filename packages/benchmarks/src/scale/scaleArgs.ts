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

import { readFlags } from '../benchmarkArgs';

export interface ScaleBenchmarkOptions {
  products: number;
  /** Backends on the one database; the load is spread between them. */
  replicas: number;
  /** The window over which the idle backends' CPU is read. */
  idleSeconds: number;
  /** The window over which the catalog reprocesses every entity, as by default. */
  catalogIdleSeconds: number;
  /** Products edited one after the other, each timed to its new scorecard. */
  edits: number;
  /** Concurrent clients of each route under load. */
  clients: number;
  /** How long each route is under load. */
  seconds: number;
}

export const SCALE_USAGE = `Usage: npm run bench:scale -- [--products N] [--replicas N] [--idle-seconds N]
         [--catalog-idle-seconds N] [--edits N] [--clients N] [--seconds N]

  --products N              data products to generate and load, with their groups,
                            domains and contract APIs (default 50000)
  --replicas N              backends on the one PostgreSQL (default 2)
  --idle-seconds N          window for the idle cost of change detection (default 300)
  --catalog-idle-seconds N  window for the catalog's own idle cost at its default
                            processing interval, 100 to 150 s (default 125)
  --edits N                 products edited, each timed to its new scorecard (default 20)
  --clients N               concurrent clients of each route under load (default 50)
  --seconds N               seconds of load on each route (default 60)

PostgreSQL: MESHWORK_BENCH_POSTGRES, else MESHWORK_TEST_POSTGRES, else
postgresql://postgres@127.0.0.1:5432 (a user who may create databases); the run's
databases are dropped at the end. Redis: MESHWORK_BENCH_REDIS, else
redis://127.0.0.1:6379. The replicas listen on 127.0.0.1:7120 and up.
`;

/** The scale benchmark's options; undefined for --help. */
export function parseScaleBenchmarkArgs(
  args: string[],
): ScaleBenchmarkOptions | undefined {
  const given = readFlags(
    args,
    [
      '--products',
      '--replicas',
      '--idle-seconds',
      '--catalog-idle-seconds',
      '--edits',
      '--clients',
      '--seconds',
    ],
    SCALE_USAGE,
  );
  if (!given) return undefined;
  return {
    products: given['--products'] ?? 50_000,
    replicas: given['--replicas'] ?? 2,
    idleSeconds: given['--idle-seconds'] ?? 300,
    catalogIdleSeconds: given['--catalog-idle-seconds'] ?? 125,
    edits: given['--edits'] ?? 20,
    clients: given['--clients'] ?? 50,
    seconds: given['--seconds'] ?? 60,
  };
}
