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
  createServiceFactory,
  type BackendFeature,
  type BackstageServicePrincipal,
  type BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import type { AddressInfo } from 'node:net';
import { productReadAccessServiceRef } from '../services/scorecardServiceRefs';
import { MayRead, policedCatalog, policedReadAccess } from './policedCatalog';
import { CatalogProductReadAccess } from '../service/ProductReadAccess';
import { startPluginBackend } from './startPluginBackend';

/** Decides a permission in a router test, as a policy would. */
export type TestPolicy = (request: {
  permission: string;
  user?: string;
  resourceRef?: string;
}) => boolean;

/**
 * The data-products plugin on a loopback port (see startPluginBackend) with
 * an in-memory catalog, a permission service that asks `policy`, and
 * notifications to `notifications` when given (governance is
 * group:default/governance).
 */
export async function startTestRouter(options: {
  knex: Knex;
  entities: Entity[];
  policy: TestPolicy;
  /** The catalog's read policy; everyone reads everything when absent. */
  mayRead?: MayRead;
  notifications?: NotificationService;
  /** Modules to install besides the plugin, such as fact sources. */
  features?: BackendFeature[];
  /** The backend's config, e.g. `{ dataProducts: { runs: { maxBodySize } } }`. */
  config?: JsonObject;
}) {
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
  const logger = mockServices.logger.mock();
  logger.child.mockReturnValue(logger);
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
  const { backend, services } = await startPluginBackend({
    knex: options.knex,
    notifications: options.notifications,
    features: [
      catalog.factory,
      permissions.factory,
      logger.factory,
      createServiceFactory({
        service: productReadAccessServiceRef,
        deps: {},
        factory: () => readAccess,
      }),
      ...(options.features ?? []),
      ...(options.config
        ? [mockServices.rootConfig.factory({ data: options.config })]
        : []),
    ],
  });
  const port = (backend.server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}/api/data-products`;

  /** A request as `header` (a mockCredentials header); JSON unless a string body. */
  async function call(
    method: string,
    path: string,
    header: string,
    body?: unknown,
  ) {
    const response = await send(method, path, header, body);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  /** The same request, answered with the whole response: headers too. */
  function send(method: string, path: string, header: string, body?: unknown) {
    return fetch(`${baseUrl}${path}`, {
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
    fetch: send,
    download,
    ...services,
    logger,
    close: () => backend.stop(),
  };
}
