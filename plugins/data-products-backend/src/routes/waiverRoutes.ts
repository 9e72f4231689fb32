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
import { InputError, NotFoundError } from '@backstage/errors';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  dataProductWaiverDecidePermission,
  dataProductWaiverRequestPermission,
} from '@meshwork/plugin-data-products-common';
import type {
  DataProductWaiver,
  WaiverLimits,
} from '@meshwork/plugin-data-products-common';
import { requireReadableProduct } from '../service/ProductReadAccess';
import { z } from 'zod/v3';
import type { RouteOptions } from './RouteOptions';
import { authorize, entityRefParam, parsed, ruleIdParam } from './validation';

const DAY_MS = 24 * 60 * 60 * 1000;

const waiverRequest = z
  .object({
    entityRef: entityRefParam('DataProduct'),
    ruleId: ruleIdParam,
    justification: z
      .string()
      .trim()
      .min(10, 'expected at least 10 characters saying why the rule is waived')
      .max(2000),
    expiresAt: z
      .string()
      .datetime({ offset: true, message: 'expected an ISO 8601 timestamp' }),
  })
  .strict();

const decision = z
  .object({ comment: z.string().trim().max(2000).optional() })
  .strict();

const listQuery = z
  .object({
    entityRef: entityRefParam('DataProduct').optional(),
    status: z.enum(['requested', 'approved', 'rejected', 'expired']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().optional(),
  })
  .strict();

const waiverParams = z.object({ id: z.string().uuid('expected a waiver id') });

/**
 * Owners request waivers for their products (the policy decides who owns),
 * the approve permission's holders decide, everyone signed in reads those of
 * the products they may read in the catalog.
 */
export function addWaiverRoutes(router: Router, options: RouteOptions) {
  const {
    httpAuth,
    permissions,
    waivers,
    evaluator,
    auth,
    rules,
    logger,
    notifier,
    readAccess,
  } = options;

  /** The waiver, if its product is one the caller may read; 404 otherwise. */
  async function readableWaiver(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<DataProductWaiver> {
    const waiver = await waivers.get(id);
    if (!waiver) throw new NotFoundError(`No waiver ${id}`);
    await requireReadableProduct(
      readAccess,
      waiver.entityRef,
      credentials,
      `No waiver ${id}`,
    );
    return waiver;
  }

  router.get('/waivers', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parsed(listQuery, req.query, 'parameters');
    res.json(
      await waivers.list({
        ...query,
        readable: await readAccess.readable(credentials),
      }),
    );
  });

  // Before /waivers/:id, which would take "limits" for an id.
  router.get('/waivers/limits', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const limits: WaiverLimits = {
      maxDurationDays: Math.floor(options.waiverMaxDurationMs / DAY_MS),
    };
    res.json(limits);
  });

  router.get('/waivers/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { id } = parsed(waiverParams, req.params);
    res.json(await readableWaiver(id, credentials));
  });

  router.post('/waivers', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const input = parsed(waiverRequest, req.body);
    const now = new Date();
    const expiresAt = new Date(input.expiresAt);
    const latest = new Date(now.getTime() + options.waiverMaxDurationMs);
    if (expiresAt <= now || expiresAt > latest) {
      throw new InputError(
        `expiresAt: expected a time after now and at most ${Math.round(
          options.waiverMaxDurationMs / DAY_MS,
        )} days ahead, by ${latest.toISOString()}`,
      );
    }
    if (!rules.list().some(rule => rule.id === input.ruleId)) {
      throw new InputError(
        `ruleId: no active rule ${input.ruleId}; expected one of GET /rules`,
      );
    }
    await requireReadableProduct(readAccess, input.entityRef, credentials);
    await authorize(
      permissions,
      credentials,
      {
        permission: dataProductWaiverRequestPermission,
        resourceRef: input.entityRef,
      },
      `request waivers for ${input.entityRef}`,
    );
    const waiver = await waivers.request(
      { ...input, expiresAt, requestedBy: credentials.principal.userEntityRef },
      now,
    );
    await notifier?.waiverRequested(waiver, now);
    res.status(201).json(waiver);
  });

  for (const [path, approve] of [
    ['approve', true],
    ['reject', false],
  ] as const) {
    router.post(`/waivers/:id/${path}`, async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { id } = parsed(waiverParams, req.params);
      const { comment } = parsed(decision, req.body ?? {});
      await readableWaiver(id, credentials);
      await authorize(
        permissions,
        credentials,
        {
          permission: dataProductWaiverDecidePermission,
        },
        `${path} waivers`,
      );
      const decidedAt = new Date();
      const waiver = await waivers.decide(
        id,
        { approve, actor: credentials.principal.userEntityRef, comment },
        decidedAt,
      );
      await notifier?.waiverDecided(waiver, decidedAt);
      if (approve) {
        // The rule turns exempt now, not at the next scheduled run; if that
        // fails, the decision still stands and the next run applies it.
        await evaluator
          .evaluateProduct(
            waiver.entityRef,
            await auth.getOwnServiceCredentials(),
          )
          .catch(error =>
            logger.warn(
              `Could not re-evaluate ${waiver.entityRef} after approving waiver ${id}: ${error}`,
            ),
          );
      }
      res.json(waiver);
    });
  }
}
