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

export function printLoad(
  print: Print,
  rows: Array<{ route: string; result: LoadResult }>,
  header: string[],
  benchShare: number,
) {
  print();
  header.forEach(line => print(line));
  print(
    `  ${'route'.padEnd(52)}${'req/s'.padStart(7)}${'p50'.padStart(
      8,
    )}${'p95'.padStart(8)}${'max'.padStart(8)}${'errors'.padStart(
      8,
    )}  goal p95 < ${GOALS.apiP95Ms} ms, 0 errors`,
  );
  for (const { route, result } of rows) {
    const summary = latencySummary(result.latenciesMs);
    const rate = (result.latenciesMs.length + result.errors) / result.seconds;
    const met =
      !!summary && summary.p95 < GOALS.apiP95Ms && result.errors === 0;
    print(
      `  ${route.padEnd(52)}${rate.toFixed(0).padStart(7)}${(summary
        ? ms(summary.p50)
        : '-'
      ).padStart(8)}${(summary ? ms(summary.p95) : '-').padStart(8)}${(summary
        ? ms(summary.max)
        : '-'
      ).padStart(8)}${String(result.errors).padStart(8)}  ${
        route.includes('/catalog/')
          ? '(the catalog, for comparison)'
          : verdict(met)
      }`,
    );
    for (const [kind, n] of result.errorKinds) print(`    ${n} × ${kind}`);
  }
  print(
    `  the benchmark's own clients used ${pct(
      benchShare,
    )} of a core meanwhile, on the same machine`,
  );
}
