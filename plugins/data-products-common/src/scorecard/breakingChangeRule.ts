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

import type { DataProductChange } from '../diff';
import { fail, notApplicable, pass } from './outcomes';
import type { ScorecardRule } from './types';

/** The fact the backend writes for a product from the catalog's history of it. @public */
export const BREAKING_CHANGES_FACT = 'breaking-changes';

/**
 * The value of a product's `breaking-changes` fact: the breaking changes
 * since the version last accepted that no new major version allows, at
 * most 20 of them (an empty list once the owner restored what was removed
 * or bumped a major version).
 * @public
 */
export interface BreakingChangesFactValue {
  unversioned: DataProductChange[];
  /** How many there are in all, when more than the list holds. */
  total?: number;
  /** The product's version the changes are counted from, the last one accepted. */
  since?: string;
  /** When the backend saw the product in this state, ISO 8601. */
  detectedAt: string;
}

/** How many changes a failure names before "and N more". */
const NAMED = 3;

function named(changes: DataProductChange[], total: number): string {
  const shown = changes
    .slice(0, NAMED)
    .map(change => `${change.field}: ${change.message}`);
  const more = Math.max(total, changes.length) - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * The silver rule that holds a product to its promises: what its readers
 * depend on changes only with a new major version. The backend compares
 * each version the catalog holds with the last one accepted and reports
 * what it found as a fact; the rule reads the fact.
 */
export const noUnversionedBreakingChangeRule: ScorecardRule = {
  id: 'no-unversioned-breaking-change',
  level: 'silver',
  reads: ['facts'],
  title: 'No breaking change without a new major version',
  description:
    "Change what an output port's readers depend on (a column, its type, the SLA, the server, the port itself) only with a new major version: add the port's next major as a new port and keep the old one, deprecated, while its readers move; or bump the product's major version; or restore what changed.",
  check: ctx => {
    const value = ctx.latestFact(BREAKING_CHANGES_FACT)?.value as
      | Partial<BreakingChangesFactValue>
      | undefined;
    if (!value) {
      return notApplicable(
        'No change seen since the product was first evaluated.',
      );
    }
    const changes = Array.isArray(value.unversioned) ? value.unversioned : [];
    if (changes.length === 0) return pass;
    const since = value.since ? ` since version ${value.since}` : '';
    return fail(
      `Breaking changes${since} without a new major version: ${named(
        changes,
        typeof value.total === 'number' ? value.total : changes.length,
      )}. Bump the port's major version (a new port, keeping the old one deprecated while its readers move) or the product's, or restore what changed.`,
    );
  },
};
