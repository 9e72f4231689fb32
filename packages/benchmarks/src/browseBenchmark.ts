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
import { setUpBackend } from './benchmarkFullEvaluation';
import { generateMesh } from './generateMesh';
import { median, percentile, timed } from './measure';
import { count, printMachine, seconds, type Print } from './report';
import { serveRouter } from './serveRouter';
import { withTemporarySqlite } from './temporarySqlite';

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

type Server = Awaited<ReturnType<typeof serveRouter>>;

const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`.padStart(9);
const label = (what: string) => `  ${what.padEnd(44)}`;

/**
 * Each round is one filter change: a page of 25 alone, the facets alone,
 * then both at once as the page requests them. Returns seconds per request.
 */
async function timeFilterChanges(server: Server, rounds: number) {
  const change = (i: number) => FILTER_CHANGES[i % FILTER_CHANGES.length];
  const page = (i: number) => {
    const { filters, sort } = change(i);
    const query = [filters, sort, 'limit=25'].filter(Boolean).join('&');
    return server.get(`/products?${query}`);
  };
  const facets = (i: number) =>
    server.get(`/products/facets?${change(i).filters}`);

  // A warm-up pass, which also says how many products each change matches.
  const matches = [];
  for (let i = 0; i < FILTER_CHANGES.length; i++) {
    matches.push(((await page(i)) as DataProductListResponse).totalCount);
    await facets(i);
  }
  const readings: Record<'page' | 'facets' | 'both', number[]> = {
    page: [],
    facets: [],
    both: [],
  };
  for (let i = 0; i < rounds; i++) {
    readings.page.push((await timed(() => page(i))).seconds);
    readings.facets.push((await timed(() => facets(i))).seconds);
    readings.both.push(
      (await timed(() => Promise.all([page(i), facets(i)]))).seconds,
    );
  }
  return { matches, readings };
}

/**
 * Stores the scorecards of generated products in SQLite through the
 * backend's own evaluation, then times the browse routes over HTTP as the
 * page uses them. A benchmark, not a test: it prints, it does not judge.
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
  await withTemporarySqlite(async knex => {
    const backend = await setUpBackend(mesh, knex);
    const stored = await timed(() => backend.evaluator.evaluateAll(mesh.now));
    print(
      `  stored    ${count(
        stored.value.products,
      )} scorecards by evaluateAll in ${seconds(
        stored.seconds,
      )}, in SQLite (better-sqlite3, a temporary file)`,
    );
    const server = await serveRouter(backend);
    try {
      const { matches, readings } = await timeFilterChanges(
        server,
        options.rounds,
      );
      const exports: number[] = [];
      for (let i = 0; i < 5; i++) {
        exports.push((await timed(() => server.get('/products.csv'))).seconds);
      }
      const [fewest, most] = [Math.min(...matches), Math.max(...matches)];
      print();
      print(
        `Over HTTP on loopback, ${
          FILTER_CHANGES.length
        } filter changes in turn, matching ${count(fewest)} to ${count(
          most,
        )} products;`,
      );
      print(`${count(options.rounds)} timed rounds after a warm-up pass:`);
      for (const [what, list] of [
        ['GET /products (a page of 25, sorted)', readings.page],
        ['GET /products/facets', readings.facets],
        ['both at once, as the page asks on a change', readings.both],
      ] as const) {
        const [p50, p95] = [percentile(list, 50), percentile(list, 95)];
        print(`${label(what)}p50 ${ms(p50)}   p95 ${ms(p95)}`);
      }
      print(
        `${label('GET /products.csv (every product)')}median of 5 runs ${ms(
          median(exports),
        )}`,
      );
    } finally {
      await server.close();
    }
  });
  return 0;
}
