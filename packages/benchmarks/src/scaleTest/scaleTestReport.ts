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

import type { CheckResult, Scene } from './scene';

const say = (line = '') => process.stdout.write(`${line}\n`);

/** Prints a check's result as it comes: a mark, its name and time, then what was seen. */
export function printCheck(result: CheckResult, tookMs: number) {
  say(
    `${result.passed ? '✓' : '✗'} ${result.name} (${(tookMs / 1000).toFixed(
      0,
    )} s)`,
  );
  for (const detail of result.details) say(`    ${detail}`);
}

/** The closing line CI counts (.ci/run): `scale: N passed, N failed`. */
export function printTotals(results: CheckResult[]) {
  const passed = results.filter(r => r.passed).length;
  say();
  say(`scale: ${passed} passed, ${results.length - passed} failed`);
}

/** Runs a check, timing it and turning a throw into a failure. */
export async function run(
  scene: Scene,
  results: CheckResult[],
  name: string,
  check: () => Promise<CheckResult>,
) {
  const started = Date.now();
  let result: CheckResult;
  try {
    result = await check();
  } catch (error) {
    result = { name, passed: false, details: [String(error)] };
  }
  if (!result.passed) {
    // the machine's PostgreSQL is shared: a full one fails the replicas
    const used = await scene.pluginDatabase
      .raw(
        "select count(*) as used, current_setting('max_connections') as max from pg_stat_activity",
      )
      .then(
        ({ rows }) => `${rows[0].used} of ${rows[0].max}`,
        () => 'unknown',
      );
    result.details.push(`PostgreSQL connections in use now: ${used}`);
  }
  results.push(result);
  printCheck(result, Date.now() - started);
}
