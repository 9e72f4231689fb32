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

import { checkName, failedStatus } from '../checks';
import { JsonPath, RunReadContext } from '../readContext';
import { isoTimeOf } from '../times';
import { ToolCheck, ToolCheckStatus } from '../types';
import { isRecord, itemsOf, own, textOf } from '../values';

/** A check found in a facet, with where it was found. */
export type FacetCheck = { check: ToolCheck; path: JsonPath };

/**
 * The facet groups of a dataset where producers put data-quality facets:
 * the spec types `dataQualityAssertions` as an input facet (`inputFacets`),
 * dbt-ol writes it under `facets`, and `dataQualityMetrics` exists as both.
 */
const FACET_GROUPS = ['facets', 'inputFacets', 'outputFacets'];

/** Assertion facets: the spec's, and the old Great Expectations integration's. */
const ASSERTION_FACETS: Array<{ key: string; nameKey: string }> = [
  { key: 'dataQualityAssertions', nameKey: 'assertion' },
  { key: 'greatExpectations_assertions', nameKey: 'expectationType' },
];

/** A value the spec serialises as a string; numbers and booleans, as some producers send them, too. */
function valueText(value: unknown): string | undefined {
  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : textOf(value);
}

/** What an assertion or test found: `expected 1000, found 999`, from its `expected` and `actual`. */
export function findingOf(record: unknown): string | undefined {
  const expected = valueText(own(record, 'expected'));
  const actual = valueText(own(record, 'actual'));
  return expected !== undefined || actual !== undefined
    ? `expected ${expected ?? '?'}, found ${actual ?? '?'}`
    : undefined;
}

function assertionCheck(
  ctx: RunReadContext,
  assertion: unknown,
  path: JsonPath,
  nameKey: string,
  failureMessage: string | undefined,
): ToolCheck | undefined {
  const name =
    textOf(own(assertion, 'name')) ?? textOf(own(assertion, nameKey));
  if (!name) {
    ctx.wrong(
      [...path, nameKey],
      own(assertion, nameKey),
      'the name of the assertion; it was not kept',
    );
    return undefined;
  }
  const success = own(assertion, 'success');
  let status: ToolCheckStatus = 'skipped';
  if (success === true) status = 'pass';
  else if (success === false) status = failedStatus(own(assertion, 'severity'));
  else
    ctx.wrong(
      [...path, 'success'],
      success,
      'true or false; the check counts as skipped',
    );
  const message = findingOf(assertion) ?? failureMessage;
  return {
    name: checkName(name, textOf(own(assertion, 'column'))),
    status,
    kind: 'quality',
    ...(message && status !== 'pass' ? { message } : {}),
  };
}

/**
 * The data-quality checks of one dataset, from `dataQualityAssertions` and
 * the legacy `greatExpectations_assertions`, in any facet group. Metrics
 * (`dataQualityMetrics`, the legacy `dataQuality`) are measurements, not
 * checks: they give no check. `failureMessage` (the run's errorMessage) is
 * the message of failed assertions that carry no expected/actual values.
 */
export function datasetChecks(
  ctx: RunReadContext,
  dataset: unknown,
  path: JsonPath,
  failureMessage: string | undefined,
): FacetCheck[] {
  const found: FacetCheck[] = [];
  for (const group of FACET_GROUPS) {
    for (const { key, nameKey } of ASSERTION_FACETS) {
      const facet = own(own(dataset, group), key);
      if (facet === undefined) continue;
      const facetPath = [...path, group, key];
      const assertions = own(facet, 'assertions');
      if (!Array.isArray(assertions)) {
        if (!own(facet, '_deleted')) {
          ctx.wrong(
            [...facetPath, 'assertions'],
            assertions,
            'a list of assertions',
          );
        }
        continue;
      }
      for (const [assertion, assertionPath] of itemsOf(ctx, assertions, [
        ...facetPath,
        'assertions',
      ])) {
        const check = isRecord(assertion)
          ? assertionCheck(
              ctx,
              assertion,
              assertionPath,
              nameKey,
              failureMessage,
            )
          : (ctx.wrong(
              assertionPath,
              assertion,
              'an assertion (a map of fields)',
            ),
            undefined);
        if (check) found.push({ check, path: assertionPath });
      }
    }
  }
  return found;
}

/** The dataset's own "last changed" time from `dataQualityMetrics.lastUpdated`, if given. */
export function lastUpdatedOf(dataset: unknown): string | undefined {
  for (const group of FACET_GROUPS) {
    const time = isoTimeOf(
      own(own(own(dataset, group), 'dataQualityMetrics'), 'lastUpdated'),
    );
    if (time) return time;
  }
  return undefined;
}
