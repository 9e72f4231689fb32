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

import { stringifyEntityRef } from '@backstage/catalog-model';
import type {
  DataProductEntityV1alpha1,
  DataProductFact,
} from '@meshwork/plugin-data-products-common';
import type { SeededRandom } from './SeededRandom';

const HOUR = 3_600_000;
const SLA_HOURS: Record<string, number> = {
  PT1H: 1,
  PT6H: 6,
  PT24H: 24,
  P1D: 24,
  P7D: 168,
};

/** An age in the three shapes pipelines post: a duration, seconds, or when the newest data landed. */
function freshnessValue(rng: SeededRandom, ageMs: number, now: Date) {
  const shape = rng.next();
  if (shape < 0.5) return `PT${Math.max(1, Math.round(ageMs / 60_000))}M`;
  if (shape < 0.8) return Math.round(ageMs / 1000);
  return new Date(now.getTime() - ageMs).toISOString();
}

/**
 * The latest facts pipelines reported for one product, as the fact store
 * returns them: freshness per output port with a freshness SLA (mostly
 * within it, some stale, some never reported) and a data-quality rate.
 */
export function generatePipelineFacts(
  rng: SeededRandom,
  product: DataProductEntityV1alpha1,
  now: Date,
): DataProductFact[] {
  if (!['active', 'deprecated'].includes(product.spec.status)) return [];
  const entityRef = stringifyEntityRef(product);
  const observedAt = new Date(
    now.getTime() - rng.int(1, 60) * 60_000,
  ).toISOString();
  const facts: DataProductFact[] = [];
  for (const port of product.spec.outputPorts ?? []) {
    const sla = port.sla?.freshness;
    if (!sla || rng.chance(0.08)) continue; // the pipeline doesn't report yet
    const limitMs = SLA_HOURS[sla] * HOUR;
    const ageMs = rng.chance(0.88)
      ? limitMs * (0.05 + 0.9 * rng.next())
      : limitMs * (1.2 + 2 * rng.next());
    const value = freshnessValue(rng, ageMs, now);
    facts.push({
      entityRef,
      port: port.name,
      name: 'freshness',
      value,
      observedAt,
    });
  }
  if (rng.chance(0.75)) {
    const rate = rng.chance(0.85)
      ? 0.95 + 0.05 * rng.next()
      : 0.7 + 0.24 * rng.next();
    const total = 40;
    const value = rng.chance(0.6)
      ? rate
      : { rate, passed: Math.round(rate * total), total };
    facts.push({ entityRef, name: 'quality', value, observedAt });
  }
  return facts;
}
