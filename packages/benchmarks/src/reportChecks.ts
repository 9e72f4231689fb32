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
  type DataProductScorecard,
} from '@meshwork/plugin-data-products-common';
import { compareVerdicts } from './compareVerdicts';
import { count, type Print } from './report';
import { NOT_EXPRESSIBLE, translatedRules } from './techInsightsChecks';

/**
 * How our rules became Tech Insights checks, and whether they judge alike:
 * returns the comparison of verdicts, so the run can say when they don't.
 */
export function printChecks(
  print: Print,
  scorecards: DataProductScorecard[],
  results: Map<string, Map<string, boolean>>,
) {
  const { translations, withoutCheck, withoutRule } = translatedRules();
  const direct = translations.filter(r => !r.caveat).map(r => r.ruleId);
  print();
  print(
    `Tech Insights side: ${translations.length} json-rules-engine checks for the ${builtinScorecardRules.length} rules of the pack, all run for`,
  );
  print(
    'every product, on facts that two fact retrievers computed from the same products before',
  );
  print(
    'timing (as retrievers run on their own schedule), held in an in-memory TechInsightsStore.',
  );
  print(`  expressed directly: ${direct.join(', ')}`);
  print(
    '  expressible only with part of the judgement moved into the fact retriever:',
  );
  for (const { ruleId, caveat } of translations.filter(r => r.caveat)) {
    print(`    ${ruleId.padEnd(24)} ${caveat}`);
  }
  // The checks are a copy of the pack kept by hand (techInsightsChecks.ts):
  // a rule added to the pack has no twin until someone writes one.
  print(
    `  rules of the pack with no Tech Insights twin: ${
      withoutCheck.join(', ') || 'none'
    }`,
  );
  if (withoutRule.length > 0) {
    print(`  checks left out, their rule is gone: ${withoutRule.join(', ')}`);
  }
  print('  not expressible by any check:');
  for (const limit of NOT_EXPRESSIBLE) print(`    ${limit}`);
  const verdicts = compareVerdicts(scorecards, results);
  print(
    `  verdicts agree on ${count(verdicts.agreeing)} of ${count(
      verdicts.pairs,
    )} (product, rule) pairs timed`,
  );
  print(
    '  (our not-applicable and warn read as a passing check, no-data as a failing one)',
  );
  for (const example of verdicts.examples) print(`    differs: ${example}`);
  return verdicts;
}
