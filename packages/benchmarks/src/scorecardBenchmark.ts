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

import {
  builtinScorecardRules,
  describeDataProductProblems,
  validateDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import { parseBenchmarkArgs, USAGE } from './benchmarkArgs';
import { benchmarkFullEvaluation } from './benchmarkFullEvaluation';
import { ourEngine } from './ourEngine';
import { raceEngines } from './raceEngines';
import { techInsightsEngine } from './techInsightsEngine';
import { generateMesh } from './generateMesh';
import {
  count,
  printEngines,
  printLevels,
  printMachine,
  rateOf,
  type Print,
} from './report';
import { printChecks } from './reportChecks';
import { printFullEvaluation, printGoal } from './reportFullEvaluation';

/**
 * Evaluates generated data products with our engine and with Tech
 * Insights' json-rules-engine checks, then with the backend's full
 * evaluation into SQLite, and prints the figures. A benchmark, not a test:
 * it reports a missed design goal but does not fail on it. It fails (exit
 * code 1, after the figures) when the two engines' verdicts differ.
 */
export async function main(
  args: string[],
  print: Print = line => process.stdout.write(`${line ?? ''}\n`),
): Promise<number> {
  const options = parseBenchmarkArgs(args);
  if (!options) {
    print(USAGE);
    return 0;
  }
  const mesh = generateMesh(options.products);
  for (const product of mesh.products) {
    const problems = validateDataProductEntity(product);
    if (problems.length > 0) {
      throw new Error(
        `generated ${
          product.metadata.name
        } is invalid: ${describeDataProductProblems(problems)}`,
      );
    }
  }
  printMachine(print, mesh.products.length, mesh.others.length);

  const { ours, techInsights } = await raceEngines(
    ourEngine(mesh),
    await techInsightsEngine(mesh),
    { ...options, products: mesh.products.length },
  );
  const scorecards = ours.value;
  printLevels(print, scorecards, builtinScorecardRules.length);
  printEngines(
    print,
    { ours: ours.timing, techInsights: techInsights.timing },
    { warmup: options.warmup, total: mesh.products.length },
  );
  const checks = printChecks(print, scorecards, techInsights.value);

  const full = await benchmarkFullEvaluation(mesh);
  // The plugin evaluated by its own clock, a little later than the race:
  // compare what it stored with our engine at that same instant.
  const atSameInstant = await ourEngine({
    ...mesh,
    now: full.evaluatedAt,
  }).evaluate(mesh.products.length);
  printFullEvaluation(print, full, atSameInstant);
  printGoal(
    print,
    options.products,
    full,
    rateOf(ours.timing) / rateOf(techInsights.timing),
  );
  // The rates compare like with like only while the checks judge as the
  // rules do: say so, rather than print a ratio of two different verdicts.
  if (checks.agreeing < checks.pairs) {
    print();
    print(
      `The Tech Insights checks judge ${count(
        checks.pairs - checks.agreeing,
      )} (product, rule) pairs otherwise than our rules:`,
    );
    print('bring techInsightsChecks.ts in line with the policy pack.');
    return 1;
  }
  return 0;
}
