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

import type { StatementCount } from './countStatements';
import type { GeneratedDbtRun } from './generateDbtRun';
import type { GeneratedEvents } from './generateOpenLineageEvents';
import { median } from './measure';
import { count, seconds, type Print } from './report';
import type { servedTables } from './servedTables';
import type { FactsBaselineTiming } from './timeFactsBaseline';
import type { DbtIngestTiming } from './timeDbtIngest';
import type { OpenLineageTiming } from './timeOpenLineage';

/** The issue's goals (issue 17's quality bar). */
export const FACT_GOALS = {
  testsPerSecond: 5_000,
  eventsPerSecond: 500,
  scorecardSeconds: 30,
};

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const rate = (n: number, s: number) => count(Math.round(n / s));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const label = (what: string) => `  ${what.padEnd(46)}`;

function rateLine(
  print: Print,
  what: string,
  n: number,
  s: number,
  unit: string,
  goal?: number,
) {
  const figure = `${count(n)} ${unit} in ${seconds(s)}`.padEnd(28);
  const perSecond = `${rate(n, s)} ${unit}/s`.padStart(18);
  const judged =
    goal === undefined
      ? ''
      : `   goal ≥ ${count(goal)}/s: ${verdict(n / s >= goal)}`;
  print(`${label(what)}${figure}${perSecond}${judged}`);
}

function printStatements(print: Print, what: string, s: StatementCount) {
  const shares = s.byTable
    .map(t => `${t.table} ${t.statements} (${seconds(t.seconds)})`)
    .join(', ');
  print(
    `    ${what}: ${count(s.total)} statements, ${seconds(
      s.seconds,
    )}: ${shares}`,
  );
}

function printScorecards(
  print: Print,
  products: number,
  before: number,
  wait: DbtIngestTiming['scorecards'],
) {
  const goal = FACT_GOALS.scorecardSeconds;
  const met = wait.notShown === 0 && wait.latest <= goal;
  print(
    `    scorecards: ${count(products)} products, ${count(
      before,
    )} judged a quality run before; GET /scorecards showed it for ${count(
      wait.shown,
    )}`,
  );
  print(
    `      ${
      wait.notShown > 0 ? `(${count(wait.notShown)} never, within 60 s) ` : ''
    }at most ${seconds(
      wait.latest,
    )} after the post carrying their results started   goal ≤ ${goal} s: ${verdict(
      met,
    )}`,
  );
}

export function printGenerated(
  print: Print,
  generated: {
    tables: ReturnType<typeof servedTables>;
    run: GeneratedDbtRun;
    events: GeneratedEvents;
  },
) {
  const { tables, run, events } = generated;
  const by = (status: string) =>
    count(run.tests.filter(t => t.status === status).length);
  const staging = run.tests.filter(t => !t.table).length;
  print(
    `  tables    ${count(
      tables.all.length,
    )} ports served as warehouse tables: ${count(
      tables.dbt.length,
    )} built by dbt, ${count(
      tables.openLineage.length,
    )} by jobs reporting OpenLineage`,
  );
  print(
    `  dbt run   dbt build (run_results v6, manifest v12): ${count(
      run.tests.length,
    )} tests on ${count(run.models)} models, ${count(
      staging,
    )} of them on staging models`,
  );
  print(
    `            no port serves; ${by('fail')} failing, ${by(
      'warn',
    )} warning, ${by('error')} erroring`,
  );
  print(
    `  events    ${count(
      events.events.length,
    )} COMPLETE RunEvents (2-0-2), ${count(
      events.asserted.size,
    )} of them validations carrying dataQualityAssertions`,
  );
}

export function printDbt(print: Print, t: DbtIngestTiming, tests: number) {
  const { first, push } = t;
  const { answer } = first;
  print();
  print(
    `dbt: POST /runs/dbt, { runResults, manifest } as one JSON body of ${mb(
      t.bodyBytes,
    )}`,
  );
  rateLine(
    print,
    'first post (the port index built on the way)',
    tests,
    first.seconds,
    'tests',
    FACT_GOALS.testsPerSecond,
  );
  if (t.repeats.length > 0) {
    rateLine(
      print,
      `posts 2 to ${t.repeats.length + 1} (the index in place), median`,
      tests,
      median(t.repeats),
      'tests',
      FACT_GOALS.testsPerSecond,
    );
  }
  const database = first.statements.seconds;
  const rest = first.seconds - t.parseSeconds - t.readSeconds - database;
  print(
    `    of the first: JSON parse ${seconds(
      t.parseSeconds,
    )} and reading ${seconds(t.readSeconds)} (the same body, timed apart),`,
  );
  print(
    `    database ${seconds(database)}, the rest ${seconds(
      rest,
    )} (HTTP, placing, authorising, re-scoring ${count(
      answer.products.length,
    )} products)`,
  );
  printStatements(print, 'statements of the first post', first.statements);
  const handful = first.statements.total < tests / 100;
  print(
    `    goal, a handful of statements, not one per test: ${verdict(
      handful,
    )} (${count(first.statements.total)} for ${count(tests)} tests)`,
  );
  print(
    `    answer: ${count(answer.facts)} facts on ${count(
      answer.products.length,
    )} products, ${count(answer.unplaced.total)} datasets unplaced`,
  );
  printScorecards(print, answer.products.length, t.showingBefore, t.scorecards);
  const pushSeconds = push.readSeconds + push.postSeconds;
  rateLine(
    print,
    'meshwork facts push: read in CI, POST /runs',
    tests,
    pushSeconds,
    'tests',
    FACT_GOALS.testsPerSecond,
  );
  print(
    `    reading ${seconds(push.readSeconds)} in CI, then POST /runs of ${mb(
      push.bodyBytes,
    )} in ${seconds(push.postSeconds)}`,
  );
}

export function printOpenLineage(print: Print, t: OpenLineageTiming) {
  print();
  print(
    "OpenLineage: POST /api/data-products/openlineage/api/v1/lineage (the HTTP transport's path)",
  );
  rateLine(
    print,
    `batches of ${t.batch} (${t.batched.requests} requests)`,
    t.events,
    t.batched.seconds,
    'events',
    FACT_GOALS.eventsPerSecond,
  );
  rateLine(
    print,
    'one event per request',
    t.events,
    t.single.seconds,
    'events',
    FACT_GOALS.eventsPerSecond,
  );
  printStatements(
    print,
    `statements, batched (${t.batched.requests} requests)`,
    t.batched.statements,
  );
  printStatements(
    print,
    `statements, one per request (${t.events})`,
    t.single.statements,
  );
  print(
    `    answers: ${count(t.facts)} facts from the batches; ${
      t.problems.length === 0
        ? 'no problems'
        : `${t.problems.length} problems, the first: ${t.problems[0]}`
    }`,
  );
  printScorecards(print, t.asserted, t.showingBefore, t.scorecards);
}

export function printBaseline(
  print: Print,
  t: FactsBaselineTiming,
  dbt: DbtIngestTiming,
  tests: number,
) {
  print();
  print(
    'Instead: a script posting each test of the run to POST /facts (the port it is on given)',
  );
  rateLine(
    print,
    'one fact per request',
    t.single.tests,
    t.single.seconds,
    'tests',
  );
  printStatements(print, 'statements', t.single.statements);
  rateLine(
    print,
    `1,000 facts per request (${t.batched.requests} requests)`,
    t.batched.tests,
    t.batched.seconds,
    'tests',
  );
  const ours = tests / dbt.first.seconds;
  const perRequest = t.single.tests / t.single.seconds;
  print(
    `    POST /runs/dbt: ${count(Math.round(ours))} tests/s, ${(
      ours / perRequest
    ).toFixed(0)}x the rate of one fact per request`,
  );
  print(
    `    scorecards: POST /facts does not re-score; the next full evaluation reads the facts: up to`,
  );
  print(
    `      10 min (dataProducts.schedule's default) plus the evaluation's ${seconds(
      t.fullEvaluationSeconds,
    )} (timed here)   goal ≤ 30 s: MISSED`,
  );
  print(
    "    and no rule reads a per-test fact: the script would still have to count each port's quality",
  );
}
