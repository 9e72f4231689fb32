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

export interface BenchmarkOptions {
  products: number;
  /** How many products Tech Insights evaluates per timed round. */
  techInsightsSample: number;
  /** Products evaluated twice by each engine before timing, for the JIT. */
  warmup: number;
  /** Timed rounds per engine; the median counts. */
  rounds: number;
}

export const USAGE = `Usage: npm run bench:scorecard -- [--products N] [--tech-insights-sample N] [--rounds N]

  --products N              data products to generate and evaluate (default 10000)
  --tech-insights-sample N  products Tech Insights evaluates per timed round
                            (default: the first 2000, or all if fewer)
  --rounds N                timed rounds per engine, median counts (default 5)
`;

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!value || !Number.isInteger(number) || number < 1) {
    throw new Error(
      `${flag} needs a positive whole number, found "${value ?? ''}"`,
    );
  }
  return number;
}

/** Reads `--flag N` and `--flag=N` of the allowed flags; undefined for --help. */
export function readFlags(
  args: string[],
  allowed: string[],
  usage: string,
  choices: Record<string, readonly string[]> = {},
): Record<string, number> | undefined {
  const given: Record<string, number> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    if (flag === '--help' || flag === '-h') return undefined;
    if (!allowed.includes(flag)) {
      throw new Error(`unknown option ${args[i]}\n\n${usage}`);
    }
    const value = inline ?? args[++i];
    // A flag with choices gives the index of the one chosen.
    given[flag] = choices[flag]
      ? oneOf(flag, value, choices[flag])
      : positiveInteger(flag, value);
  }
  return given;
}

function oneOf(
  flag: string,
  value: string | undefined,
  choices: readonly string[],
): number {
  const index = choices.indexOf(value ?? '');
  if (index < 0) {
    throw new Error(
      `${flag} needs one of ${choices.join(', ')}, found "${value ?? ''}"`,
    );
  }
  return index;
}

/** The scorecard benchmark's options; undefined for --help. */
export function parseBenchmarkArgs(
  args: string[],
): BenchmarkOptions | undefined {
  const given = readFlags(
    args,
    ['--products', '--tech-insights-sample', '--rounds'],
    USAGE,
  );
  if (!given) return undefined;
  const products = given['--products'] ?? 10_000;
  return {
    products,
    techInsightsSample: Math.min(
      products,
      given['--tech-insights-sample'] ?? 2_000,
    ),
    warmup: Math.min(products, 500),
    rounds: given['--rounds'] ?? 5,
  };
}

/** Where the benchmarks that start the plugin keep its database. */
export const BROWSE_DATABASES = ['sqlite', 'postgres'] as const;

export interface BrowseBenchmarkOptions {
  products: number;
  /** Timed filter changes; p50 and p95 are over these. */
  rounds: number;
  /** Requests timed with no cached readable refs (a decision not seen before), per route. */
  cold: number;
  /** Where the scorecards are stored. */
  database: (typeof BROWSE_DATABASES)[number];
}

export const BROWSE_USAGE = `Usage: npm run bench:browse -- [--products N] [--rounds N] [--cold N] [--database sqlite|postgres]

  --products N       data products to generate, evaluate and store (default 5000)
  --rounds N         timed filter changes, each a page and its facets, as a user
                     who may read every product and as one whose read policy
                     hides half of them, interleaved (default 400)
  --cold N           requests of each route timed as the second user with no
                     readable products cached, as after a policy change (default 20)
  --database D       sqlite (default: a temporary file) or postgres (a temporary
                     database on MESHWORK_BENCH_POSTGRES, else MESHWORK_TEST_POSTGRES,
                     else postgresql://postgres@127.0.0.1:5432)
`;

/** The browse benchmark's options; undefined for --help. */
export function parseBrowseBenchmarkArgs(
  args: string[],
): BrowseBenchmarkOptions | undefined {
  const given = readFlags(
    args,
    ['--products', '--rounds', '--cold', '--database'],
    BROWSE_USAGE,
    { '--database': BROWSE_DATABASES },
  );
  if (!given) return undefined;
  return {
    products: given['--products'] ?? 5_000,
    rounds: given['--rounds'] ?? 400,
    cold: given['--cold'] ?? 20,
    database: BROWSE_DATABASES[given['--database'] ?? 0],
  };
}

export interface BrowseUiBenchmarkOptions {
  products: number;
  /** Timed runs per page: a warm and a cold first render and a filter change each. */
  runs: number;
  /** Where the portal's backend keeps its plugins' databases. */
  database: (typeof BROWSE_DATABASES)[number];
}

export const BROWSE_UI_USAGE = `Usage: npm run bench:browse-ui -- [--products N] [--runs N] [--database sqlite|postgres]

  --products N  data products to generate and register in the catalog (default 5000)
  --runs N      timed runs per page, each a first render with a warm and with a
                cold browser cache and a filter change (default 10)
  --database D  sqlite (default: files in a temporary folder) or postgres (one
                database per plugin, with a prefix of the run's own, on
                MESHWORK_BENCH_POSTGRES, else MESHWORK_TEST_POSTGRES, else
                postgresql://postgres@127.0.0.1:5432; dropped at the end)
`;

/** The browse UI benchmark's options; undefined for --help. */
export function parseBrowseUiBenchmarkArgs(
  args: string[],
): BrowseUiBenchmarkOptions | undefined {
  const given = readFlags(
    args,
    ['--products', '--runs', '--database'],
    BROWSE_UI_USAGE,
    { '--database': BROWSE_DATABASES },
  );
  if (!given) return undefined;
  return {
    products: given['--products'] ?? 5_000,
    runs: given['--runs'] ?? 10,
    database: BROWSE_DATABASES[given['--database'] ?? 0],
  };
}
