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

import type { DataProductFact, FactSourceRun, RuleContext } from './types';

/** What a quality fact says, in whichever shape it was reported. */
export interface QualityReading {
  rate: number;
  passed?: number;
  total?: number;
  failed: string[];
  fact: DataProductFact;
}

function readingOf(fact: DataProductFact): QualityReading | undefined {
  const value = fact.value;
  if (typeof value === 'number') return { rate: value, failed: [], fact };
  if (typeof value !== 'object' || value === null) return undefined;
  const { rate, passed, total, failed } = value as Record<string, unknown>;
  if (typeof rate !== 'number') return undefined;
  return {
    rate,
    passed: typeof passed === 'number' ? passed : undefined,
    total: typeof total === 'number' ? total : undefined,
    failed: Array.isArray(failed)
      ? failed.filter((f): f is string => typeof f === 'string')
      : [],
    fact,
  };
}

/**
 * The quality of a product: a product-wide fact when one was posted, else
 * what its output ports' latest facts add up to (checks counted across
 * ports where the tools counted them). `undefined` when nothing was reported;
 * `'unreadable'` when a fact has no numeric rate.
 */
export function productQuality(
  ctx: RuleContext,
): QualityReading | 'unreadable' | undefined {
  const productWide = ctx.latestFact('quality');
  const facts = productWide
    ? [productWide]
    : (ctx.entity.spec.outputPorts ?? []).flatMap(port => {
        const fact = ctx.latestFact('quality', port.name);
        return fact ? [fact] : [];
      });
  if (facts.length === 0) return undefined;
  const readings = facts.map(readingOf);
  if (readings.some(r => r === undefined)) return 'unreadable';
  const all = readings as QualityReading[];
  if (all.length === 1) return all[0];
  const counted = all.every(
    r => r.total !== undefined && r.passed !== undefined,
  );
  const passed = counted ? all.reduce((n, r) => n + r.passed!, 0) : undefined;
  const total = counted ? all.reduce((n, r) => n + r.total!, 0) : undefined;
  return {
    rate:
      counted && total! > 0
        ? passed! / total!
        : Math.min(...all.map(r => r.rate)),
    passed,
    total,
    failed: all.flatMap(r => r.failed),
    // the newest says which run the reader should look at
    fact: all.reduce((a, b) => (b.fact.observedAt > a.fact.observedAt ? b : a))
      .fact,
  };
}

/**
 * The run a fact came from, as people name it: `dbt build --select orders+`
 * (dbt's job is its command, which names the tool already),
 * `openlineage airflow/orders_daily`, or the tool alone.
 * @public
 */
export function describeFactRun(source: FactSourceRun): string {
  const { tool, job } = source;
  return job && job.toLowerCase().startsWith(`${tool.toLowerCase()} `)
    ? job
    : [tool, job].filter(Boolean).join(' ');
}

/** " from dbt build 2026-12-07 02:00", or "" for a fact posted by hand. */
export function describeSource(fact: DataProductFact): string {
  if (!fact.source) return '';
  return ` from ${describeFactRun(fact.source)} ${fact.observedAt
    .slice(0, 16)
    .replace('T', ' ')}`;
}
