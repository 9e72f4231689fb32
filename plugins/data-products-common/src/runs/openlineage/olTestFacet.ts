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

import { failedStatus, statusField } from '../checks';
import { JsonPath, RunReadContext } from '../readContext';
import { itemsOf, own, textOf } from '../values';
import { FacetCheck, findingOf } from './olFacets';

/** TestRunFacet statuses: the spec says `pass`, `fail`, `skip`. */
const TEST_STATUSES = {
  pass: 'pass',
  fail: 'fail',
  skip: 'skipped',
  skipped: 'skipped',
} as const;

/**
 * Checks of the run-level `test` facet (TestRunFacet, 2026): tests a run
 * reports without naming a dataset. A failed test of severity `warn` warns.
 */
export function runTestChecks(
  ctx: RunReadContext,
  runFacets: unknown,
  path: JsonPath,
): FacetCheck[] {
  const tests = own(own(runFacets, 'test'), 'tests');
  if (tests === undefined) return [];
  const testsPath = [...path, 'test', 'tests'];
  if (!Array.isArray(tests)) {
    ctx.wrong(testsPath, tests, 'a list of tests');
    return [];
  }
  const found: FacetCheck[] = [];
  for (const [test, testPath] of itemsOf(ctx, tests, testsPath)) {
    const name = textOf(own(test, 'name'));
    if (!name) {
      ctx.wrong(
        [...testPath, 'name'],
        own(test, 'name'),
        'the name of the test; it was not kept',
      );
      continue;
    }
    const status = statusField(ctx, test, 'status', testPath, TEST_STATUSES);
    const checkStatus =
      status === 'fail'
        ? failedStatus(own(test, 'severity'))
        : status ?? 'skipped';
    const message = checkStatus === 'pass' ? undefined : findingOf(test);
    found.push({
      check: {
        name,
        status: checkStatus,
        kind: 'quality',
        ...(message ? { message } : {}),
      },
      path: testPath,
    });
  }
  return found;
}
