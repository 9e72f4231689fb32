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

import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { ScorecardRule } from '@meshwork/plugin-data-products-common';
import express from 'express';
import Router from 'express-promise-router';
import type { DatabaseScorecardStore } from './database/DatabaseScorecardStore';

/** Reading is open to any signed-in user or service; the default auth policy refuses the rest. */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  store: DatabaseScorecardStore;
  rules: ScorecardRule[];
}): Promise<express.Router> {
  const { httpAuth, store, rules } = options;
  const router = Router();
  router.use(express.json());

  router.get('/rules', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({
      items: rules.map(
        ({
          id,
          title,
          description,
          level,
          weight,
          appliesTo,
          enforcedFrom,
        }) => ({
          id,
          title,
          description,
          level,
          weight: weight ?? 1,
          appliesTo,
          enforcedFrom,
        }),
      ),
    });
  });

  const entityRefOf = (params: Record<string, string>) =>
    stringifyEntityRef({
      kind: params.kind,
      namespace: params.namespace,
      name: params.name,
    });

  router.get('/scorecards/:kind/:namespace/:name', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const scorecard = await store.getScorecard(entityRefOf(req.params));
    if (!scorecard) {
      throw new NotFoundError(
        `No scorecard for ${entityRefOf(
          req.params,
        )}: not a data product, or not evaluated yet`,
      );
    }
    res.json(scorecard);
  });

  router.get('/scorecards/:kind/:namespace/:name/history', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ items: await store.getHistory(entityRefOf(req.params)) });
  });

  return router;
}
