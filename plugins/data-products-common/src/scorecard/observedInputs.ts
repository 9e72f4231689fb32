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
import { resolveProductRef } from '../entity/resolveProductRef';
import { fail, notApplicable, pass } from './outcomes';
import type { ScorecardRule } from './types';

/**
 * A dataset a product's jobs were seen reading, as OpenLineage reported it,
 * kept in the product's `observed-inputs` fact (`{ inputs: [...] }`).
 * @public
 */
export interface ObservedInput {
  /** The dataset as the tool names it, e.g. `postgres://db:5432/analytics.raw.orders`. */
  label: string;
  /** The data product whose output port serves it, when one does. */
  product?: string;
  port?: string;
  /** The job seen reading it. */
  job?: string;
  /** When it was last seen read, ISO 8601. */
  lastSeenAt: string;
}

/**
 * How long a read counts after it was last seen: a declared input that no
 * job read for this long is reported as never read.
 * @public
 */
export const OBSERVED_INPUT_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A declared upstream's full ref, or undefined when it does not parse. */
function upstreamRef(
  entity: Parameters<typeof resolveProductRef>[0],
  ref: string,
) {
  try {
    return stringifyEntityRef(resolveProductRef(entity, ref, 'DataProduct'));
  } catch {
    return undefined; // inputs-resolve names the broken ref
  }
}

const listed = (items: string[]) =>
  `${items.slice(0, 5).join(', ')}${items.length > 5 ? ', …' : ''}`;

/** The gold rule that holds declared lineage to what jobs were seen reading. */
export const inputsObservedRule: ScorecardRule = {
  id: 'inputs-observed',
  level: 'gold',
  reads: ['facts'],
  title: 'Declared inputs are what the jobs read',
  description: `What OpenLineage saw the product's jobs read in the last ${OBSERVED_INPUT_WINDOW_DAYS} days matches its input ports: no upstream data product read without an input port, no declared input left unread.`,
  check: ctx => {
    const value = ctx.latestFact('observed-inputs')?.value as
      | { inputs?: unknown }
      | undefined;
    if (!Array.isArray(value?.inputs)) {
      return notApplicable(
        "No lineage observed for the product's jobs; with the OpenLineage fact source installed, what they read is compared with the input ports.",
      );
    }
    const since = new Date(
      ctx.now.getTime() - OBSERVED_INPUT_WINDOW_DAYS * DAY_MS,
    ).toISOString();
    const seen = (value!.inputs as ObservedInput[]).filter(
      input =>
        typeof input?.label === 'string' &&
        typeof input.lastSeenAt === 'string' &&
        input.lastSeenAt >= since,
    );
    const declared = new Map<string, string>();
    for (const port of ctx.entity.spec.inputPorts ?? []) {
      const ref = port.dataProduct && upstreamRef(ctx.entity, port.dataProduct);
      if (ref) declared.set(ref.toLocaleLowerCase('en-US'), port.name);
    }
    const readProducts = new Set(
      seen.flatMap(input =>
        input.product ? [input.product.toLocaleLowerCase('en-US')] : [],
      ),
    );
    const undeclared = seen
      .filter(
        input =>
          input.product &&
          !declared.has(input.product.toLocaleLowerCase('en-US')),
      )
      .map(input => `${input.label} (${input.product})`);
    const unread = [...declared]
      .filter(([ref]) => !readProducts.has(ref))
      .map(([, port]) => port);
    const problems = [
      ...(undeclared.length
        ? [`Reads ${listed(undeclared)} without an input port for it`]
        : []),
      ...(unread.length
        ? [
            `Input ports ${listed(
              unread,
            )} were not read by any job in ${OBSERVED_INPUT_WINDOW_DAYS} days`,
          ]
        : []),
    ];
    return problems.length ? fail(`${problems.join('; ')}.`) : pass;
  },
};
