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

import { percentile } from '../measure';
import os from 'node:os';
import type { Print } from '../report';
import type { EditTiming } from './editLatency';
import { latencySummary, type LoadResult } from './loadTest';
import { GOALS, pct, s, ms, verdict } from './scaleReport';

export function printEdits(
  print: Print,
  timings: EditTiming[],
  staggerSeconds: number,
) {
  const catalog = timings
    .filter(t => t.processedAt)
    .map(t => (t.processedAt! - t.writtenAt) / 1000);
  const scorecard = timings
    .filter(t => t.shownAt)
    .map(t => (t.shownAt! - t.processedAt!) / 1000);
  const line = (what: string, list: number[]) =>
    list.length
      ? `  ${what.padEnd(46)}p50 ${s(percentile(list, 50)).padStart(
          7,
        )}  p95 ${s(percentile(list, 95)).padStart(7)}  max ${s(
          Math.max(...list),
        ).padStart(7)}`
      : `  ${what.padEnd(46)}none`;
  print();
  print(
    `Edit → scorecard: ${timings.length} products edited through the provider, ${staggerSeconds} s apart (description removed)`,
  );
  print(line('catalog: edit written → new etag served', catalog));
  print(line('scorecard: new etag → scorecard shows it', scorecard));
  const p95 = scorecard.length ? percentile(scorecard, 95) : Infinity;
  const missing = timings.length - scorecard.length;
  print(
    `  goal p95 ≤ ${GOALS.editP95Seconds} s: ${verdict(
      p95 <= GOALS.editP95Seconds && missing === 0,
    )}${missing ? ` (${missing} not shown in time)` : ''}`,
  );
}

/** One route's load: what the clients saw, and the replicas' CPU meanwhile (cores, summed). */
export interface LoadRow {
  route: string;
  result: LoadResult;
  backendCores: number;
  /** PostgreSQL's processes serving the run's databases. */
  postgresCores: number;
  /** The whole machine's busy CPU meanwhile: replicas, PostgreSQL, the clients, anything else. */
  machineCores: number;
}

const cells = (values: string[], widths: number[]) =>
  values.map((v, i) => v.padStart(widths[i])).join('');
const WIDTHS = [7, 8, 8, 8, 8, 10, 10, 9];

export function printLoad(
  print: Print,
  rows: LoadRow[],
  header: string[],
  benchShare: number,
) {
  print();
  header.forEach(line => print(line));
  const titles = [
    'req/s',
    'p50',
    'p95',
    'max',
    'errors',
    'replicas',
    'postgres',
    'machine',
  ];
  print(
    `  ${'route'.padEnd(52)}${cells(titles, WIDTHS)}  goal p95 < ${
      GOALS.apiP95Ms
    } ms, 0 errors`,
  );
  for (const row of rows) {
    const { route, result } = row;
    const summary = latencySummary(result.latenciesMs);
    const rate = (result.latenciesMs.length + result.errors) / result.seconds;
    const met =
      !!summary && summary.p95 < GOALS.apiP95Ms && result.errors === 0;
    const times = summary
      ? [ms(summary.p50), ms(summary.p95), ms(summary.max)]
      : ['-', '-', '-'];
    const values = [rate.toFixed(0), ...times, String(result.errors)];
    const cores = [row.backendCores, row.postgresCores, row.machineCores].map(
      c => c.toFixed(2),
    );
    const goal = route.includes('/catalog/')
      ? '(the catalog, for comparison)'
      : verdict(met);
    print(
      `  ${route.padEnd(52)}${cells([...values, ...cores], WIDTHS)}  ${goal}`,
    );
    for (const [kind, n] of result.errorKinds) print(`    ${n} × ${kind}`);
  }
  print(
    `  replicas, postgres, machine: cores busy during the load (of ${
      os.cpus().length
    }): the replicas' processes, PostgreSQL's serving the run's databases, the whole machine's (those, the clients, anyone else); the clients alone used ${pct(
      benchShare,
    )} of a core`,
  );
}
