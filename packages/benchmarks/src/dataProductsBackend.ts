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
  coreServices,
  createServiceFactory,
  type BackendFeature,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  catalogServiceRef,
  type CatalogService,
} from '@backstage/plugin-catalog-node';
import dataProductsPlugin from '@meshwork/plugin-data-products-backend';
import type { Knex } from 'knex';
import type { AddressInfo } from 'node:net';
import { recordingScheduler } from './recordingScheduler';

/** The app-config the backend reads, e.g. `{ dataProducts: { ... } }`. */
type AppConfig = NonNullable<
  NonNullable<Parameters<typeof mockServices.rootConfig.factory>[0]>['data']
>;

/** The plugin's scheduled full evaluation of the catalog (its task id). */
export const FULL_EVALUATION_TASK = 'data-products-evaluate';

/**
 * The data products plugin, as installed in a backend, started the way
 * Backstage tests start one: its own database on `knex` (migrated by the
 * plugin), the catalog and permission services given, and a scheduler that
 * runs a task only when asked. Everything else is Backstage's mock services.
 */
export async function startDataProductsBackend(options: {
  knex: Knex;
  catalog: CatalogService;
  /** Else the mock, which allows everything. */
  permissions?: PermissionsService;
  config?: AppConfig;
  /** Modules of the plugin to install with it, such as its fact sources. */
  modules?: BackendFeature[];
}) {
  const { knex, catalog, permissions, config, modules = [] } = options;
  const scheduler = recordingScheduler();
  const backend = await startTestBackend({
    features: [
      dataProductsPlugin,
      ...modules,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({ data: config ?? {} }),
      mockServices.rootLogger.factory({ level: 'none' }),
      scheduler.factory,
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => catalog,
      }),
      ...(permissions
        ? [
            createServiceFactory({
              service: coreServices.permissions,
              deps: {},
              factory: () => permissions,
            }),
          ]
        : []),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api/data-products`;

  /** The response body, as JSON or as text; throws unless 2xx. The body is sent as given: JSON text. */
  async function request(
    method: string,
    path: string,
    userEntityRef?: string,
    json?: string,
  ): Promise<unknown> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: mockCredentials.user.header(userEntityRef),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: json,
    });
    const answer = response.headers.get('content-type')?.includes('json')
      ? await response.json()
      : await response.text();
    if (!response.ok) {
      throw new Error(
        `${method} ${path}: ${response.status} ${JSON.stringify(answer)}`,
      );
    }
    return answer;
  }

  return {
    /** GET under /api/data-products as a signed-in user (the mock user, or the one named). */
    get: (path: string, userEntityRef?: string) =>
      request('GET', path, userEntityRef),
    post: (path: string, body: unknown, userEntityRef?: string) =>
      request('POST', path, userEntityRef, JSON.stringify(body)),
    /** POST of a body already serialised, as a pipeline sends a file it wrote. */
    postJson: (path: string, json: string, userEntityRef?: string) =>
      request('POST', path, userEntityRef, json),
    /** Runs a task the plugin scheduled, as the scheduler would, and waits for it. */
    runTask: scheduler.run,
    stop: () => backend.stop(),
  };
}

export type DataProductsBackend = Awaited<
  ReturnType<typeof startDataProductsBackend>
>;
