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

import type { DataProductFact } from '@meshwork/plugin-data-products-common';
import { formatRunTime } from '../shared';

/** A fact as the Scorecard tab names its figures and where they came from. */
export interface FactFigure {
  /** `orders-v2` for a port's fact; undefined for the product's. */
  port?: string;
  /** `quality 94 % (29 of 31 checks)`. */
  figure: string;
  /** The names of the failed checks, for quality. */
  failed: string[];
}

function isTimestamp(value: string): boolean {
  // a duration such as PT2H is an age, not a moment
  return !value.startsWith('P') && !Number.isNaN(Date.parse(value));
}

function qualityFigure(value: unknown): Omit<FactFigure, 'port'> {
  if (typeof value === 'number') {
    return { figure: `quality ${Math.round(value * 100)} %`, failed: [] };
  }
  const { rate, passed, total, failed } = (value ?? {}) as Record<
    string,
    unknown
  >;
  const counted =
    typeof passed === 'number' && typeof total === 'number'
      ? ` (${passed} of ${total} checks)`
      : '';
  return {
    figure:
      typeof rate === 'number'
        ? `quality ${Math.round(rate * 100)} %${counted}`
        : 'quality unreadable',
    failed: Array.isArray(failed)
      ? failed.filter((name): name is string => typeof name === 'string')
      : [],
  };
}

function freshnessFigure(value: unknown): string {
  if (typeof value === 'number') return `freshness: data ${value} s old`;
  if (typeof value === 'string') {
    return isTimestamp(value)
      ? `freshness: newest data ${formatRunTime(value)}`
      : `freshness: data ${value} old`;
  }
  return 'freshness unreadable';
}

function otherFigure(fact: DataProductFact): string {
  const value = fact.value as Record<string, unknown> | null;
  if (fact.name === 'run' && typeof value?.state === 'string') {
    return `run ${value.state}`;
  }
  if (fact.name === 'observed-inputs' && Array.isArray(value?.inputs)) {
    const count = value!.inputs.length;
    return `observed reads: ${count} ${count === 1 ? 'dataset' : 'datasets'}`;
  }
  return typeof fact.value === 'object'
    ? fact.name
    : `${fact.name} ${fact.value}`;
}

/** What a fact says, in a reader's words; its source is shown beside it. */
export function factFigure(fact: DataProductFact): FactFigure {
  if (fact.name === 'quality') {
    return { port: fact.port, ...qualityFigure(fact.value) };
  }
  const figure =
    fact.name === 'freshness' ? freshnessFigure(fact.value) : otherFigure(fact);
  return { port: fact.port, figure, failed: [] };
}

/**
 * The facts in the order a reader looks for them: the product's own first,
 * then each port's, quality before freshness before the rest.
 */
export function sortFacts(facts: DataProductFact[]): DataProductFact[] {
  const rank = (name: string) =>
    ['quality', 'freshness', 'run'].indexOf(name) + 1 || 9;
  return [...facts].sort(
    (a, b) =>
      (a.port ?? '').localeCompare(b.port ?? '') ||
      rank(a.name) - rank(b.name) ||
      a.name.localeCompare(b.name),
  );
}
