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
  OBSERVED_INPUT_WINDOW_DAYS,
  type DataProductFact,
  type ObservedInput,
  type ToolDataset,
  type ToolRun,
} from '@meshwork/plugin-data-products-common';
import type { PortTarget } from './PortIndex';

/** How long a read stays in a product's observed inputs after it was last seen. */
const OBSERVED_INPUT_WINDOW_MS =
  OBSERVED_INPUT_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** The most reads one product keeps: a job reading thousands of files is one path prefix to a person. */
const MAX_INPUTS = 200;

/**
 * The reads a run's jobs were seen making, by the product they belong to:
 * a job belongs to the products whose ports it wrote, and each dataset it
 * read is an input of theirs, placed on the upstream port that serves it
 * when one does. A product reading its own port is not an input.
 */
export function observedReads(
  run: ToolRun,
  targetsOf: (dataset: ToolDataset) => PortTarget[],
  seenAt: string,
): Map<string, ObservedInput[]> {
  const owners = new Set(
    run.datasets
      .filter(dataset => dataset.role === 'output')
      .flatMap(dataset => targetsOf(dataset).map(t => t.entityRef)),
  );
  const reads = new Map<string, ObservedInput[]>();
  if (owners.size === 0) return reads;
  for (const dataset of run.datasets.filter(d => d.role === 'input')) {
    const upstream = targetsOf(dataset);
    for (const owner of owners) {
      const others = upstream.filter(t => t.entityRef !== owner);
      if (upstream.length > 0 && others.length === 0) continue;
      const input: ObservedInput = {
        label: dataset.label,
        ...(others[0]
          ? { product: others[0].entityRef, port: others[0].port }
          : {}),
        ...(run.job ? { job: run.job } : {}),
        lastSeenAt: seenAt,
      };
      reads.set(owner, [...(reads.get(owner) ?? []), input]);
    }
  }
  return reads;
}

/**
 * A product's `observed-inputs` fact after new reads: the earlier reads
 * still within the window, each dataset once with the time it was last seen.
 */
export function mergeObservedInputs(
  previous: DataProductFact | undefined,
  reads: ObservedInput[],
  now: Date,
): ObservedInput[] {
  const earlier = (
    (previous?.value as { inputs?: ObservedInput[] } | undefined)?.inputs ?? []
  ).filter(input => typeof input?.label === 'string');
  const byLabel = new Map<string, ObservedInput>();
  for (const input of [...earlier, ...reads]) {
    const known = byLabel.get(input.label);
    if (!known || input.lastSeenAt >= known.lastSeenAt)
      byLabel.set(input.label, input);
  }
  const since = new Date(
    now.getTime() - OBSERVED_INPUT_WINDOW_MS,
  ).toISOString();
  return [...byLabel.values()]
    .filter(input => input.lastSeenAt >= since)
    .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt))
    .slice(0, MAX_INPUTS);
}
