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

import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  isDataProductEntity,
  type DryRunResponse,
} from '@meshwork/plugin-data-products-common';
import { dryRunChanges } from '../changes/dryRunChanges';
import express, { Router } from 'express';
import { DRY_RUNS_PER_MINUTE, DryRunLimiter } from './dryRunLimiter';
import { documentsOf, judgeDocuments } from './postedDocuments';
import type { RouteOptions } from './RouteOptions';

export { MAX_DRY_RUN_DOCUMENTS } from './postedDocuments';

const yamlTypes = [
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/plain',
];

function principalOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? `${principal.type}:${principal.subject}`;
}

/**
 * The dry run: evaluates a catalog-info.yaml before it is committed, against
 * the live catalog, and stores nothing. Every document is judged as the
 * catalog would judge it; when any is invalid, none is scored and every
 * problem comes back with its document's index. The stored facts and
 * waivers of a posted product count only when the caller may read that
 * product in the catalog.
 */
export function addEvaluationRoutes(router: Router, options: RouteOptions) {
  const { httpAuth, evaluator, readAccess, catalog } = options;
  const limiter = new DryRunLimiter();

  router.post(
    '/evaluate',
    express.text({ type: yamlTypes, limit: '1mb' }),
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const wait = limiter.take(principalOf(credentials));
      if (wait > 0) {
        res.setHeader('Retry-After', String(wait));
        res.status(429).json({
          error: {
            name: 'TooManyRequestsError',
            message: `Too many dry runs: at most ${DRY_RUNS_PER_MINUTE} a minute each; try again in ${wait} s`,
          },
          request: { method: req.method, url: req.originalUrl },
          response: { statusCode: 429 },
        });
        return;
      }
      const { entities, problems } = await judgeDocuments(
        documentsOf(req.body),
      );
      if (problems.length > 0) {
        const message = `The document does not validate: ${problems
          .map(p => p.message)
          .join('; ')}`;
        res.status(400).json({
          error: { name: 'InputError', message },
          request: { method: req.method, url: req.originalUrl },
          response: { statusCode: 400 },
          problems,
        });
        return;
      }
      const products = entities.filter(isDataProductEntity);
      if (products.length === 0) {
        throw new InputError(
          'body: expected a catalog-info.yaml (or entity JSON) with at least one document of kind DataProduct',
        );
      }
      // A hidden product is scored as a new one: its facts and waivers stay hidden.
      const readable = await readAccess.readableAmong(
        products.map(product => stringifyEntityRef(product)),
        credentials,
      );
      const scorecards = await evaluator.dryRun(
        entities,
        credentials,
        new Date(),
        readable,
      );
      // What the posted version changes for the readers of the one the
      // catalog holds: a new product, or a hidden one, has none.
      const changes = await dryRunChanges(
        catalog,
        entities,
        readable,
        credentials,
      );
      const response: DryRunResponse = {
        items: scorecards.map(scorecard => {
          const diff = changes.get(scorecard.entityRef);
          return diff ? { ...scorecard, changes: diff } : scorecard;
        }),
      };
      res.json(response);
    },
  );
}
