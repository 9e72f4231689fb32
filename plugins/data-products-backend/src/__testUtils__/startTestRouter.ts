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

import type {
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import express from 'express';
import type { Knex } from 'knex';
import type { AddressInfo } from 'node:net';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseNotificationLog } from '../database/DatabaseNotificationLog';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { DataProductNotifier } from '../notifications/DataProductNotifier';
import { createRouter } from '../router';
import { MayRead, policedCatalog, policedReadAccess } from './policedCatalog';
import { CatalogProductReadAccess } from '../service/ProductReadAccess';
import { ScorecardEvaluator } from '../service/ScorecardEvaluator';

/** Decides a permission in a router test, as a policy would. */
export type TestPolicy = (request: {
  permission: string;
  user?: string;
  resourceRef?: string;
}) => boolean;

/**
 * The router on a loopback port with real stores on `knex`, an in-memory
 * catalog and a permission service that asks `policy`; notifications go to
 * `notifications` when given (governance is group:default/governance).
 */
export async function startTestRouter(options: {
  knex: Knex;
  entities: Entity[];
  policy: TestPolicy;
  /** The catalog's read policy; everyone reads everything when absent. */
  mayRead?: MayRead;
  notifications?: NotificationService;
}) {
  const database = { getClient: async () => options.knex };
  const store = await DatabaseScorecardStore.create({ database });
  const facts = await DatabaseFactStore.create({ database });
  const waivers = await DatabaseWaiverStore.create({ database });
  const catalog = policedCatalog(
    options.entities,
    options.mayRead ?? (() => true),
  );
  // Without a read policy, as with an allow-all one: listings unfiltered.
  const readAccess = options.mayRead
    ? policedReadAccess(catalog)
    : CatalogProductReadAccess.create({
        permissions: mockServices.permissions(),
        catalog,
        cacheTtlMs: 0,
      });
  const auth = mockServices.auth();
  const logger = mockServices.logger.mock();
  const rules = builtinScorecardRules;
  const notifier = options.notifications
    ? DataProductNotifier.create({
        notifications: options.notifications,
        log: await DatabaseNotificationLog.create({ database }),
        ...{ waivers, catalog, auth, logger, rules },
        governanceGroup: 'group:default/governance',
        expiryNoticeMs: 7 * 24 * 60 * 60 * 1000,
      })
    : undefined;
  const evaluator = ScorecardEvaluator.create({
    ...{ catalog, auth, logger, rules },
    ...{ store, facts, waivers, notifier },
  });
  const permissions = mockServices.permissions.mock({
    authorize: async (requests, { credentials }) =>
      requests.map(request => {
        const principal = credentials.principal as
          | BackstageServicePrincipal
          | BackstageUserPrincipal;
        // As Backstage's permissions service: a service is never asked of
        // the policy, only held to its token's access restrictions.
        const allowed =
          principal.type === 'service'
            ? (
                principal as BackstageServicePrincipal
              ).accessRestrictions?.permissionNames?.includes(
                request.permission.name,
              ) ?? true
            : options.policy({
                permission: request.permission.name,
                user: principal.userEntityRef,
                resourceRef: (request as { resourceRef?: string }).resourceRef,
              });
        return {
          result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
        };
      }),
  });
  const router = await createRouter({
    ...{ httpAuth: mockServices.httpAuth(), permissions, logger, auth },
    ...{ catalog, store, facts, waivers, evaluator, rules, notifier },
    readAccess,
    waiverMaxDurationMs: 90 * 24 * 60 * 60 * 1000,
  });
  const server = express().use(router).use(mockErrorHandler()).listen(0);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** A request as `header` (a mockCredentials header); JSON unless a string body. */
  async function call(
    method: string,
    path: string,
    header: string,
    body?: unknown,
  ) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: header,
        ...(body === undefined
          ? {}
          : {
              'Content-Type':
                typeof body === 'string'
                  ? 'application/yaml'
                  : 'application/json',
            }),
      },
      body:
        body === undefined || typeof body === 'string'
          ? (body as string | undefined)
          : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  /** A GET of something not JSON, such as an export: status, headers and text. */
  async function download(path: string, header: string) {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { Authorization: header },
    });
    return {
      status: response.status,
      headers: response.headers,
      text: await response.text(),
    };
  }

  return {
    call,
    download,
    store,
    facts,
    waivers,
    evaluator,
    logger,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
