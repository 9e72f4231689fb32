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

import type { DataProductListResponse } from '@meshwork/plugin-data-products-common';
import { BROWSE_USAGE, parseBrowseBenchmarkArgs } from './benchmarkArgs';
import { withDatabase } from './benchmarkDatabase';
import { setUpBackend } from './benchmarkFullEvaluation';
import type { DataProductsBackend } from './dataProductsBackend';
import { generateMesh } from './generateMesh';
import {
  halfHiddenPolicy,
  READ_CACHE_TTL,
  RESTRICTED_USER,
} from './halfHiddenPolicy';
import { median, percentile, timed } from './measure';
import {
  count,
  loadAverage,
  printMachine,
  seconds,
  type Print,
} from './report';

/** Filter changes a user makes on the browse page, taken in turn; the page adds its sort. */
const FILTER_CHANGES = [
  { filters: '', sort: '' },
  { filters: 'domain=sales', sort: '' },
  { filters: 'domain=sales&level=silver&level=gold', sort: 'sort=score' },
  { filters: 'failing=has-docs', sort: 'sort=level&order=desc' },
  { filters: 'q=orders', sort: '' },
  { filters: 'status=active&classification=internal', sort: 'sort=owner' },
  { filters: 'tag=finance&type=aggregate', sort: 'sort=evaluatedAt' },
  {
    filters: 'owner=sales-data&failing=has-docs&failing=has-steward',
    sort: '',
  },
];

type Server = Pick<DataProductsBackend, 'get'>;

/** Who browses: the mock user may read every product; the other, half. */
const USERS = [
  { key: 'all', user: undefined },
  { key: 'half', user: RESTRICTED_USER },
] as const;
type UserKey = (typeof USERS)[number]['key'];
type Route = 'page' | 'facets' | 'both';

const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`.padStart(9);
const label = (what: string) => `  ${what.padEnd(44)}`;

function requests(server: Server) {
  const change = (i: number) => FILTER_CHANGES[i % FILTER_CHANGES.length];
  const page = (i: number, user?: string) => {
    const { filters, sort } = change(i);
    const query = [filters, sort, 'limit=25'].filter(Boolean).join('&');
    return server.get(`/products?${query}`, user);
  };
  const facets = (i: number, user?: string) =>
    server.get(`/products/facets?${change(i).filters}`, user);
  const both = (i: number, user?: string) =>
    Promise.all([page(i, user), facets(i, user)]);
  return { page, facets, both };
}

/**
 * Each round is one filter change: a page of 25 alone, the facets alone,
 * then both at once as the page requests them; each of them as both users
 * in turn (who goes first alternates), so that both see the same load.
 * The restricted user's readable refs are cached throughout. Returns
 * seconds per request.
 */
async function timeFilterChanges(server: Server, rounds: number) {
  const ask = requests(server);
  // A warm-up pass, which also fills the readable refs' cache and says how
  // many products each change matches for each user.
  const matches: Record<UserKey, number[]> = { all: [], half: [] };
  for (let i = 0; i < FILTER_CHANGES.length; i++) {
    for (const { key, user } of USERS) {
      const listed = (await ask.page(i, user)) as DataProductListResponse;
      matches[key].push(listed.totalCount);
      await ask.facets(i, user);
    }
  }
  const none = () => ({ page: [], facets: [], both: [] });
  const readings: Record<UserKey, Record<Route, number[]>> = {
    all: none(),
    half: none(),
  };
  for (let i = 0; i < rounds; i++) {
    const users = i % 2 === 0 ? USERS : [...USERS].reverse();
    for (const route of ['page', 'facets', 'both'] as const) {
      for (const { key, user } of users) {
        readings[key][route].push(
          (await timed(() => ask[route](i, user))).seconds,
        );
      }
    }
  }
  return { matches, readings };
}

/**
 * The restricted user's requests each with a decision the plugin has not
 * cached: each one scans the catalog again. Also the part of the page
 * requests spent in the catalog's pages, the scan.
 */
async function timeColdRequests(
  server: Server,
  policy: ReturnType<typeof halfHiddenPolicy>,
  times: number,
) {
  const ask = requests(server);
  const cold = {
    page: [] as number[],
    facets: [] as number[],
    scan: [] as number[],
  };
  for (let i = 0; i < times; i++) {
    policy.expire();
    const scanBefore = policy.scan.seconds;
    cold.page.push((await timed(() => ask.page(i, RESTRICTED_USER))).seconds);
    cold.scan.push(policy.scan.seconds - scanBefore);
    policy.expire();
    cold.facets.push(
      (await timed(() => ask.facets(i, RESTRICTED_USER))).seconds,
    );
  }
  return { cold, refs: policy.readableCount };
}

function printWarm(
  print: Print,
  readings: Record<UserKey, Record<Route, number[]>>,
) {
  const cell = (list: number[]) =>
    `p50 ${ms(percentile(list, 50))}  p95 ${ms(percentile(list, 95))}`;
  print(
    `${label('')}${'may read every product'.padEnd(
      31,
    )}${'half hidden (cache hit)'.padEnd(31)}p95 ratio`,
  );
  const verdicts: string[] = [];
  for (const [route, what] of [
    ['page', 'GET /products (a page of 25, sorted)'],
    ['facets', 'GET /products/facets'],
    ['both', 'both at once, as the page asks on a change'],
  ] as const) {
    const ratio =
      percentile(readings.half[route], 95) /
      percentile(readings.all[route], 95);
    print(
      `${label(what)}${cell(readings.all[route])}   ${cell(
        readings.half[route],
      )}   ${ratio.toFixed(2)}x`,
    );
    if (route !== 'both') {
      verdicts.push(
        `${route === 'page' ? '/products' : '/products/facets'} ${
          ratio <= 1.5 ? 'met' : 'MISSED'
        } (${ratio.toFixed(2)}x)`,
      );
    }
  }
  print(
    `  goal, the filtered p95 within 1.5x of the unfiltered: ${verdicts.join(
      ', ',
    )}`,
  );
}

/**
 * Stores the scorecards of generated products through the backend's own
 * evaluation, then times the browse routes over HTTP as the page uses
 * them, as a user who may read every product and as one whose catalog read
 * policy hides half of them. A benchmark, not a test: it prints, it does
 * not judge.
 */
export async function main(
  args: string[],
  print: Print = line => process.stdout.write(`${line ?? ''}\n`),
): Promise<number> {
  const options = parseBrowseBenchmarkArgs(args);
  if (!options) {
    print(BROWSE_USAGE);
    return 0;
  }
  const mesh = generateMesh(options.products);
  const { products, others } = mesh;
  printMachine(
    print,
    products.length,
    others.length,
    'Meshwork browse benchmark',
  );
  await withDatabase(options.database, async (knex, where) => {
    const policy = halfHiddenPolicy(mesh);
    const server = await setUpBackend(mesh, knex, {
      catalog: policy.catalog,
      permissions: policy.permissions,
      config: {
        dataProducts: { permissions: { readCacheTtl: READ_CACHE_TTL } },
      },
    });
    try {
      const stored = await timed(() => server.evaluateAll());
      const [{ total }] = await knex('scorecard_results').count({ total: '*' });
      print(
        `  stored    ${count(
          Number(total),
        )} scorecards by the plugin's full evaluation in ${seconds(
          stored.seconds,
        )}, in ${where}`,
      );
      print(
        `  policy    ${RESTRICTED_USER}: a conditional catalog.entity.read decision; the`,
      );
      print(
        `            in-memory catalog hides every other product (${count(
          policy.hiddenCount,
        )}) from them, the plugin's`,
      );
      print(
        `            read access asks it for the rest (cache TTL set to ${READ_CACHE_TTL.hours} h for the run)`,
      );
      const { matches, readings } = await timeFilterChanges(
        server,
        options.rounds,
      );
      const { cold, refs } = await timeColdRequests(
        server,
        policy,
        options.cold,
      );
      const exports: number[] = [];
      for (let i = 0; i < 5; i++) {
        exports.push((await timed(() => server.get('/products.csv'))).seconds);
      }
      const range = (list: number[]) =>
        `${count(Math.min(...list))} to ${count(Math.max(...list))}`;
      print();
      print(
        `Over HTTP on loopback, ${
          FILTER_CHANGES.length
        } filter changes in turn, matching ${range(
          matches.all,
        )} products for a user`,
      );
      print(
        `who may read every product and ${range(
          matches.half,
        )} for ${RESTRICTED_USER}; ${count(options.rounds)} timed rounds`,
      );
      print(
        'after a warm-up pass, the two users interleaved; the readable refs come from the cache:',
      );
      printWarm(print, readings);
      print();
      print(
        `Cold: ${count(
          options.cold,
        )} requests of each route as ${RESTRICTED_USER}, each right after`,
      );
      print(
        `the policy changed (a decision not in the cache), so each asks the catalog for the ${count(
          refs,
        )} refs:`,
      );
      for (const [what, list] of [
        ['GET /products, not cached', cold.page],
        ['GET /products/facets, not cached', cold.facets],
        ["of the first, in the catalog's facets", cold.scan],
      ] as const) {
        const [p50, p95] = [percentile(list, 50), percentile(list, 95)];
        print(`${label(what)}p50 ${ms(p50)}   p95 ${ms(p95)}`);
      }
      print(
        '  The catalog here is held in memory and filters in JS: a real catalog answers the',
      );
      print(
        '  scan with its own permission-filtered facet query on its database, which is not timed.',
      );
      print();
      print(
        `${label('GET /products.csv (every product)')}median of 5 runs ${ms(
          median(exports),
        )}`,
      );
    } finally {
      await server.stop();
    }
  });
  print(`  load average ${loadAverage()} (1, 5, 15 min) when the run ended`);
  return 0;
}
