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
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { ScorecardRule } from '@meshwork/plugin-data-products-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import type { DatabaseScorecardStore } from './database/DatabaseScorecardStore';

const entityRef = (defaultKind: string) =>
  z.string().transform((value, ctx) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      );
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `expected an entity ref such as ${defaultKind.toLowerCase()}:my-name`,
      });
      return z.NEVER;
    }
  });

const listQuery = z
  .object({
    domain: entityRef('Domain').optional(),
    owner: entityRef('Group').optional(),
    level: z.enum(['none', 'bronze', 'silver', 'gold']).optional(),
    failing: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a rule id such as has-owner')
      .optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().optional(),
  })
  .strict();

/** Request input that does not parse: 400, naming each parameter and what was expected. */
function parsed<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new InputError(
      result.error.issues
        .map(issue =>
          issue.code === 'unrecognized_keys'
            ? `unknown parameters ${issue.keys.join(', ')}`
            : `${issue.path.join('.')}: ${issue.message}`,
        )
        .join('; '),
    );
  }
  return result.data;
}

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

  router.get('/scorecards', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parsed(listQuery, req.query);
    res.json(
      await store.listScorecards({
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
