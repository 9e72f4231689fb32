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

import { BROWSE_DATABASES, readFlags } from './benchmarkArgs';

export interface FactsBenchmarkOptions {
  products: number;
  /** Tests in the generated dbt run. */
  tests: number;
  /** OpenLineage RunEvents posted. */
  events: number;
  /** Events per request when batched. */
  batch: number;
  /** Timed posts of the dbt run; the first meets a port index to build. */
  rounds: number;
  /** Tests the POST /facts baseline posts one per request. */
  baselineTests: number;
  database: (typeof BROWSE_DATABASES)[number];
}

export const FACTS_USAGE = `Usage: npm run bench:facts -- [--products N] [--tests N] [--events N] [--batch N]
                             [--rounds N] [--baseline-tests N] [--database sqlite|postgres]

  --products N        data products to generate (default 2000); half their warehouse
                      tables are built by dbt, half by jobs reporting OpenLineage
  --tests N           tests in the dbt run (default 10000), 5 % on staging models
                      that no port serves
  --events N          OpenLineage COMPLETE RunEvents (default 1000)
  --batch N           events per request when batched (default 100)
  --rounds N          timed posts of the dbt run (default 3)
  --baseline-tests N  tests the POST /facts baseline posts one per request
                      (default: all of them)
  --database D        sqlite (default: a temporary file) or postgres (a temporary
                      database on MESHWORK_BENCH_POSTGRES, else MESHWORK_TEST_POSTGRES,
                      else postgresql://postgres@127.0.0.1:5432)
`;

/** The fact sources benchmark's options; undefined for --help. */
export function parseFactsBenchmarkArgs(
  args: string[],
): FactsBenchmarkOptions | undefined {
  const given = readFlags(
    args,
    [
      '--products',
      '--tests',
      '--events',
      '--batch',
      '--rounds',
      '--baseline-tests',
      '--database',
    ],
    FACTS_USAGE,
    { '--database': BROWSE_DATABASES },
  );
  if (!given) return undefined;
  const tests = given['--tests'] ?? 10_000;
  return {
    products: given['--products'] ?? 2_000,
    tests,
    events: given['--events'] ?? 1_000,
    batch: given['--batch'] ?? 100,
    rounds: given['--rounds'] ?? 3,
    baselineTests: Math.min(tests, given['--baseline-tests'] ?? tests),
    database: BROWSE_DATABASES[given['--database'] ?? 0],
  };
}
