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

import type { ListPage } from './browseUiPages';
import type { PageReadings, Settling } from './browserRuns';
import { percentile } from './measure';
import { count, type Print } from './report';

/** The goals the browse page is held to, in milliseconds. */
export const GOALS = { firstRender: 2_000, filterChange: 300 };

type Measure = 'warm' | 'cold' | 'warmOwn' | 'coldOwn' | 'filter';

const MEASURES: Array<{ key: Measure; label: string; goal?: number }> = [
  { key: 'warm', label: 'first render, warm cache', goal: GOALS.firstRender },
  { key: 'warmOwn', label: "  the page's own part" },
  { key: 'cold', label: 'first render, cold cache', goal: GOALS.firstRender },
  { key: 'coldOwn', label: "  the page's own part" },
  { key: 'filter', label: 'filter change', goal: GOALS.filterChange },
];

/** What the issue holds the browse page to: its p50 against the catalog index's. */
const RATIOS: Array<{ key: Measure; label: string }> = [
  { key: 'warm', label: 'first render, warm' },
  { key: 'cold', label: 'first render, cold' },
  { key: 'warmOwn', label: 'own part, warm' },
  { key: 'filter', label: 'filter change' },
];

const ms = (n: number | undefined) =>
  (n === undefined ? '–' : count(Math.round(n))).padStart(7);

function figures(readings: number[]) {
  if (readings.length === 0)
    return `${ms(undefined)}${ms(undefined)}${ms(undefined)}`;
  return `${ms(percentile(readings, 50))}${ms(percentile(readings, 95))}${ms(
    Math.max(...readings),
  )}`;
}

/**
 * The table of figures: per measure, p50, p95 and max for each page, and
 * whether Meshwork's page keeps to the goal at p95.
 */
export function printReadings(
  print: Print,
  pages: [ListPage, ListPage],
  readings: Map<string, PageReadings>,
  runs: number,
) {
  const [ours, theirs] = pages;
  const a = readings.get(ours.name)!;
  const b = readings.get(theirs.name)!;
  print();
  print(
    `${runs} runs per page, the pages taking turns; milliseconds, p50 / p95 / max:`,
  );
  print();
  print(
    `${' '.repeat(30)}${'Meshwork browse page'.padEnd(
      37,
    )}Backstage catalog index`,
  );
  print(
    `${' '.repeat(30)}${'    p50    p95    max   goal at p95'.padEnd(
      37,
    )}    p50    p95    max`,
  );
  for (const { key, label, goal } of MEASURES) {
    const filter =
      key === 'filter' ? ` (${ours.filter} | ${theirs.filter})` : '';
    const p95 = a[key].length ? percentile(a[key], 95) : undefined;
    const verdict =
      p95 === undefined || goal === undefined
        ? ''
        : `${p95 < goal ? 'met' : 'MISSED'} (< ${count(goal)})`;
    print(
      `  ${`${label}${filter}`.padEnd(28)}${`${figures(
        a[key],
      )}   ${verdict}`.padEnd(37)}${figures(b[key])}`,
    );
  }
  print(
    `  ${'backend CPU per first render'.padEnd(28)}${figures(
      a.backendCpu,
    ).padEnd(37)}${figures(b.backendCpu)}`,
  );
  const ratios = RATIOS.flatMap(({ key, label }) =>
    a[key].length && b[key].length
      ? [
          `${label} ${(percentile(a[key], 50) / percentile(b[key], 50)).toFixed(
            2,
          )}x`,
        ]
      : [],
  );
  print();
  print(`  browse page / catalog index, p50: ${ratios.join(', ')}`);
  print();
  print(`  Meshwork browse page:    ${ours.path}`);
  print(`  Backstage catalog index: ${theirs.path}`);
  for (const page of pages) {
    const failures = readings.get(page.name)!.failures;
    if (failures.length) {
      print(`  ${page.name}: ${failures.length} failed readings, left out:`);
      for (const failure of failures) print(`    ${failure}`);
    }
  }
}

/** How long the readings waited for a quiet backend, and how many never had one. */
export function printSettling(print: Print, settling: Settling) {
  const { waits, busy } = settling;
  print(
    `  settling  each timed reading started once the backend had used under 10 % of a core`,
  );
  print(
    `            for 0.5 s: waited ${
      waits.length
        ? `p50 ${count(percentile(waits, 50))} ms, max ${count(
            Math.max(...waits),
          )} ms`
        : 'never'
    }; ${
      busy
        ? `${busy} started on a busy backend after 30 s`
        : 'none started on a busy one'
    }`,
  );
}

export function printMeasures(print: Print, pages: [ListPage, ListPage]) {
  const [ours, theirs] = pages;
  print();
  print('What is timed, in the page (performance.now(), a MutationObserver):');
  print(
    '  first render   navigation start to the frame that paints the first product row',
  );
  print(
    '                 (the app boots and signs the guest in again from its stored session);',
  );
  print(
    "                 the page's own part: from the frame that paints the app's shell (its",
  );
  print(
    '                 sidebar, shown once the app has booted and signed in, the same on every',
  );
  print(
    "                 page) to the first product row: loading the page's code, its requests",
  );
  print('                 and its rendering;');
  print(
    '                 warm: a new tab of the signed-in browser, its HTTP cache filled by',
  );
  print(
    '                 earlier visits; cold: a new browser context with the sign-in only',
  );
  print(
    `  filter change  pressing an option of the ${ours.filter} filter (${theirs.filter} on the catalog,`,
  );
  print(
    '                 which has no level) in the UI, to the frame that paints the new count',
  );
  print(
    '                 and rows; the values are taken in turn, each on a freshly loaded page',
  );
}
