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
  countChanges,
  countUnversioned,
  formatChanges,
} from '../diff/formatDiff';
import { counted } from '../lint/formatProblem';
import { byAttention, formatRuleResult } from '../scorecard/formatRuleResult';
import type { EvaluatedProduct } from './types';

/**
 * What the posted product changes against the version the catalog holds,
 * in `meshwork diff`'s words; nothing when the backend compared nothing
 * (a product new to the catalog, or a backend older than the comparison).
 */
function changesAgainstCatalog({ changes }: EvaluatedProduct): string[] {
  if (!changes) return [];
  if (changes.changes.length === 0) {
    return ['  Changes against the catalog: none'];
  }
  return [
    `  Changes against the catalog: ${countChanges(changes)}`,
    ...formatChanges(changes).map(line => `    ${line}`),
  ];
}

/** How many breaking changes no major version allows, over all products. */
export function unversionedCount(
  items: ReadonlyArray<EvaluatedProduct>,
): number {
  return items.reduce(
    (sum, item) => sum + (item.changes?.unversioned.length ?? 0),
    0,
  );
}

/**
 * Text lines per product: `REF: level LEVEL, score N/100`, then its rules
 * indented, what needs fixing first. A blank line between products.
 */
export function formatEvaluation(
  items: ReadonlyArray<EvaluatedProduct>,
): string[] {
  return items.flatMap((item, index) => [
    ...(index > 0 ? [''] : []),
    `${item.entityRef}: level ${item.level}, score ${item.score}/100`,
    ...[...item.results]
      .sort(byAttention)
      .map(rule => `  ${formatRuleResult(rule)}`),
    ...changesAgainstCatalog(item),
  ]);
}

/**
 * The line for stderr: `meshwork evaluate: FILE: 2 data products evaluated,
 * nothing stored`, then which products are below `--min-level`, if any.
 */
export function formatEvaluationSummary(
  file: string,
  items: ReadonlyArray<EvaluatedProduct>,
  minLevel?: { level: string; below: ReadonlyArray<EvaluatedProduct> },
): string {
  const summary = `meshwork evaluate: ${file}: ${counted(
    items.length,
    'data product',
  )} evaluated, nothing stored`;
  const unversioned = unversionedCount(items);
  const parts = [
    summary,
    ...(unversioned ? [countUnversioned(unversioned)] : []),
  ];
  if (minLevel && minLevel.below.length === 0) {
    parts.push(`all at ${minLevel.level} or above`);
  } else if (minLevel) {
    const below = minLevel.below
      .map(item => `${item.entityRef} (${item.level})`)
      .join(', ');
    parts.push(`below --min-level ${minLevel.level}: ${below}`);
  }
  return parts.join('; ');
}
