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

import type { Entity } from '@backstage/catalog-model';
import type { Router } from 'express';
import { InputError } from '@backstage/errors';
import { factValueProblem } from '@meshwork/plugin-data-products-common';
import { z } from 'zod/v3';
import {
  authorizeFactWrites,
  reporterOf,
} from '../service/authorizeFactWrites';
import type { RouteOptions } from './RouteOptions';
import { entityRefOf, entityRefParam, parsed } from './validation';
import { requireReadableProduct } from '../service/ProductReadAccess';

// A pipeline's clock may run a little ahead of ours; more is a mistake.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const fact = z
  .object({
    entityRef: entityRefParam('DataProduct'),
    port: z.string().min(1).max(255).optional(),
    name: z
      .string()
      .regex(
        /^[a-zA-Z][a-zA-Z0-9._-]{0,254}$/,
        'expected a fact name such as freshness, quality or row-count',
      ),
    value: z.unknown().refine(value => value !== undefined, 'required'),
    observedAt: z
      .string()
      .datetime({ offset: true, message: 'expected an ISO 8601 timestamp' })
      .optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const problem = factValueProblem(input.name, input.value);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
    if (
      input.observedAt &&
      Date.parse(input.observedAt) > Date.now() + CLOCK_SKEW_MS
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['observedAt'],
        message: 'is in the future; expected when the fact was observed',
      });
    }
  });

const factBatch = z.object({ items: z.array(fact).min(1).max(1000) }).strict();

type Fact = z.infer<typeof fact>;

/** One fact, or up to 1,000 as `{ items: [...] }` from a pipeline run. */
function factsOf(body: unknown): Fact[] {
  return body && typeof body === 'object' && 'items' in body
    ? parsed(factBatch, body).items
    : [parsed(fact, body)];
}

/** Facts must name a registered product, and one of its output ports if any. */
function unknownTargets(
  items: Fact[],
  refs: string[],
  found: Array<Entity | undefined>,
): string[] {
  const products = new Map(refs.map((ref, i) => [ref, found[i]]));
  const problems = new Set<string>();
  for (const item of items) {
    const product = products.get(item.entityRef);
    if (product?.kind !== 'DataProduct') {
      problems.add(
        `entityRef: no data product ${item.entityRef} in the catalog`,
      );
    } else if (
      item.port &&
      !((product.spec?.outputPorts ?? []) as Array<{ name?: string }>).some(
        p => p.name === item.port,
      )
    ) {
      problems.add(
        `port: ${item.entityRef} has no output port named ${item.port}`,
      );
    }
  }
  return [...problems];
}

/**
 * Pipelines report facts with a service token, people with their own; both
 * need the fact permission on each product concerned, and may only name
 * products they can read in the catalog. Facts about products the catalog
 * doesn't know (or hides from the caller) are refused, so a typo doesn't
 * vanish silently. Nothing is stored unless every fact is accepted.
 */
export function addFactRoutes(router: Router, options: RouteOptions) {
  const { httpAuth, permissions, catalog, facts, readAccess } = options;

  // The latest fact of each name and port, with the tool run it came from:
  // what the Scorecard tab and the lineage card say the checks were read from.
  router.get('/facts/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const entityRef = entityRefOf(req.params);
    await requireReadableProduct(readAccess, entityRef, credentials);
    const latest = await facts.latestFacts([entityRef]);
    res.json({ items: latest.get(entityRef) ?? [] });
  });

  router.post('/facts', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const items = factsOf(req.body);
    const refs = [...new Set(items.map(item => item.entityRef))];
    const found = await catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['kind', 'spec.outputPorts'] },
      { credentials },
    );
    const problems = unknownTargets(items, refs, found.items);
    if (problems.length > 0) throw new InputError(problems.join('; '));
    await authorizeFactWrites(permissions, refs, credentials);
    const reportedBy = reporterOf(credentials);
    const now = new Date();
    await facts.addFacts(
      items.map(item => ({
        entityRef: item.entityRef,
        port: item.port,
        name: item.name,
        value: item.value,
        observedAt: item.observedAt ?? now.toISOString(),
        reportedBy,
      })),
      now,
    );
    res.status(201).json({ accepted: items.length });
  });
}
