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
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import dataProductsPlugin from '@meshwork/plugin-data-products-backend';
import permissionModuleDataProducts from '@meshwork/plugin-permission-backend-module-data-products';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  authModuleExampleUsersProvider,
  EXAMPLE_USER_HEADER,
} from '../exampleUsers';
import { examplePolicyConfig } from './examplePolicy';

/** The catalog the matrix runs on: see the comment at its top. */
export const matrixCatalogFile = path.join(
  __dirname,
  'permissionMatrixCatalog.yaml',
);

/** A pipeline's static token (`backend.auth.externalAccess`), with no restrictions. */
export const PIPELINE_TOKEN = 'pipeline-token-for-the-permission-matrix';
/**
 * A static token that reaches the data-products plugin for one permission
 * only (not fact creation), and the catalog without restrictions, so that
 * POST /facts gets as far as the fact permission and is refused there.
 */
export const RESTRICTED_PIPELINE_TOKEN =
  'restricted-pipeline-token-for-the-permission-matrix';

/** The users of the matrix catalog who sign in, by their role in it. */
export const MATRIX_USERS = {
  consumer: 'user:default/carl.consumer',
  owner: 'user:default/olivia.owner',
  governance: 'user:default/greta.governance',
  hidden: 'user:default/hugo.hidden',
} as const;

/**
 * Every plugin's database on the database under test, each its own, as
 * Backstage's database manager gives them.
 */
function databasesOn(databases: TestDatabases, databaseId: TestDatabaseId) {
  return createServiceFactory({
    service: coreServices.database,
    deps: {},
    async factory() {
      const knex = await databases.init(databaseId);
      return { getClient: async () => knex };
    },
  });
}

export interface MatrixBackend {
  baseUrl: string;
  /** A real Backstage user token, from the auth backend's sign-in. */
  signIn(userEntityRef: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A backend as the example portal runs it, with the real services where a
 * test backend would mock them: the auth service (real user, plugin and
 * static external tokens), HTTP auth, user info (ownership claims from the
 * token the auth backend issued at sign-in), permissions through the
 * permission backend and the example policy, the actions registry and
 * service with the MCP server on top, the scheduler, and the events service
 * (the test backend's mock gives each plugin its own, so the catalog's
 * reports of changed entities would never reach the scorecard). Users sign in through the example-users provider, which looks
 * them and their groups up in the catalog as the portal's sign-in does.
 */
export async function startMatrixBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<MatrixBackend> {
  const backend = await startTestBackend({
    features: [
      authServiceFactory,
      httpAuthServiceFactory,
      userInfoServiceFactory,
      schedulerServiceFactory,
      eventsServiceFactory,
      actionsRegistryServiceFactory,
      actionsServiceFactory,
      databasesOn(databases, databaseId),
      authPlugin,
      authModuleExampleUsersProvider,
      catalogPlugin,
      catalogModuleDataProducts,
      dataProductsPlugin,
      permissionPlugin,
      permissionModuleDataProducts,
      mcpActionsPlugin,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          permission: { enabled: true },
          // One process: no events backend to share events through.
          events: { useEventBus: 'never' },
          backend: {
            // The MCP server offers the data-products plugin's actions.
            actions: { pluginSources: ['data-products'] },
            auth: {
              externalAccess: [
                {
                  type: 'static',
                  options: { token: PIPELINE_TOKEN, subject: 'pipeline' },
                },
                {
                  type: 'static',
                  options: {
                    token: RESTRICTED_PIPELINE_TOKEN,
                    subject: 'restricted-pipeline',
                  },
                  accessRestrictions: [
                    {
                      plugin: 'data-products',
                      permission: ['data-products.scorecard.evaluate'],
                    },
                    { plugin: 'catalog' },
                  ],
                },
              ],
            },
          },
          auth: {
            providers: {
              'example-users': {
                dangerouslyAllowOutsideDevelopment: true,
                users: Object.values(MATRIX_USERS).map(entityRef => ({
                  entityRef,
                })),
              },
            },
          },
          catalog: {
            rules: [{ allow: ['Group', 'User', 'Domain', 'DataProduct'] }],
            locations: [{ type: 'file', target: matrixCatalogFile }],
          },
          dataProducts: {
            permissions: { policy: examplePolicyConfig },
            scorecard: {
              // The first full run as soon as the backend is up, and the
              // change watcher every second: products the catalog ingests
              // later are scored within a second of appearing.
              schedule: {
                frequency: { minutes: 10 },
                timeout: { minutes: 1 },
                initialDelay: { milliseconds: 100 },
              },
              changeSchedule: {
                frequency: { seconds: 1 },
                timeout: { minutes: 1 },
                initialDelay: { milliseconds: 100 },
              },
            },
          },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}`;
  return {
    baseUrl,
    async signIn(userEntityRef) {
      const response = await fetch(
        `${baseUrl}/api/auth/example-users/refresh`,
        {
          headers: {
            'X-Requested-With': 'XMLHttpRequest',
            [EXAMPLE_USER_HEADER]: userEntityRef,
          },
        },
      );
      const body = await response.json();
      if (response.status !== 200) {
        throw new Error(
          `${userEntityRef} could not sign in: ${
            response.status
          } ${JSON.stringify(body).slice(0, 300)}`,
        );
      }
      return body.backstageIdentity.token;
    },
    stop: () => backend.stop(),
  };
}
