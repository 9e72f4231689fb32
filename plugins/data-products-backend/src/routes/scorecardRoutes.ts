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

import type { Router } from 'express';
import { NotFoundError } from '@backstage/errors';
import {
  DATA_PRODUCT_LEVELS,
  dataProductEvaluatePermission,
} from '@meshwork/plugin-data-products-common';
import type {
  ScorecardRollupsResponse,
  ScorecardRuleSummary,
} from '@meshwork/plugin-data-products-common';
import { z } from 'zod/v3';
import { requireReadableProduct } from '../service/ProductReadAccess';
import { computeRollups } from '../service/rollups';
import { loadGroupAncestors } from '@meshwork/plugin-data-products-node';
import type { RouteOptions } from './RouteOptions';
import {
  authorize,
  entityRefOf,
  entityRefParam,
  parsed,
  ruleIdParam,
} from './validation';

/**
 * A product's history grows by a point per change of level, score or a
 * rule's state; one that flaps (freshness passing and failing in turn)
 * grows without end, so only its latest points come (oldest first).
 */
const historyQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(1000),
  })
  .strict();

const listQuery = z
  .object({
    domain: entityRefParam('Domain').optional(),
    owner: entityRefParam('Group').optional(),
    level: z.enum(DATA_PRODUCT_LEVELS).optional(),
    failing: ruleIdParam.optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().optional(),
  })
  .strict();

const rollupQuery = z
  .object({
    by: z.enum(['domain', 'owner']),
    trendDays: z.coerce.number().int().min(1).max(365).default(30),
  })
  .strict();

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reading needs a signed-in user or service and shows only the products the
 * catalog's read policy lets the caller see; a hidden one answers 404.
 */
export function addScorecardRoutes(router: Router, options: RouteOptions) {
  const { httpAuth, store, rules, evaluator, catalog, auth, permissions } =
    options;
  const { readAccess } = options;
  const signedIn = { allow: ['user' as const, 'service' as const] };

  router.get('/rules', async (req, res) => {
    await httpAuth.credentials(req, signedIn);
    const items = rules.list().map(
      (rule): ScorecardRuleSummary => ({
        id: rule.id,
        title: rule.title,
        description: rule.description,
        level: rule.level,
        weight: rule.weight ?? 1,
        appliesTo: rule.appliesTo,
        enforcedFrom: rule.enforcedFrom,
        reads: rule.reads ?? [],
      }),
    );
    res.json({ items });
  });

  router.get('/scorecards', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const query = parsed(listQuery, req.query, 'parameters');
    res.json(
      await store.listScorecards({
        readable: await readAccess.readable(credentials),
        domainRef: query.domain,
        ownerRef: query.owner,
        level: query.level,
        failing: query.failing,
        q: query.q,
        limit: query.limit,
        cursor: query.cursor,
      }),
    );
  });

  router.get('/scorecards/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const entityRef = entityRefOf(req.params);
    await requireReadableProduct(readAccess, entityRef, credentials);
    const scorecard = await store.getScorecard(entityRef);
    if (!scorecard) {
      throw new NotFoundError(
        `No scorecard for ${entityRef}: not evaluated yet`,
      );
    }
    res.json(scorecard);
  });

  router.get('/scorecards/:kind/:namespace/:name/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const { limit } = parsed(historyQuery, req.query, 'parameters');
    const entityRef = entityRefOf(req.params);
    await requireReadableProduct(readAccess, entityRef, credentials);
    res.json({ items: await store.getHistory(entityRef, limit) });
  });

  router.post(
    '/scorecards/:kind/:namespace/:name/evaluate',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, signedIn);
      const entityRef = entityRefOf(req.params);
      await requireReadableProduct(readAccess, entityRef, credentials);
      await authorize(
        permissions,
        credentials,
        { permission: dataProductEvaluatePermission, resourceRef: entityRef },
        `evaluate ${entityRef}`,
      );
      res.json(await evaluator.evaluateProduct(entityRef, credentials));
    },
  );

  router.get('/rollups', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const { by, trendDays } = parsed(rollupQuery, req.query, 'parameters');
    const since = new Date(Date.now() - trendDays * DAY_MS);
    const readable = await readAccess.readable(credentials);
    const rows = await store.rollupRows(by, readable);
    const previous = await store.previousRollupRows(by, since, readable);
    const ancestorsOf =
      by === 'owner'
        ? (await loadGroupAncestors(catalog, auth)).ancestorsOf
        : undefined;
    const response: ScorecardRollupsResponse = {
      items: computeRollups(rows, ancestorsOf, previous),
      trendSince: since.toISOString(),
    };
    res.json(response);
  });
}
