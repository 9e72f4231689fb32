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

import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
// As benchmarkFullEvaluation.ts: the backend exports only its plugin.
// eslint-disable-next-line @backstage/no-forbidden-package-imports
import {
  createRouter,
  RouteOptions,
} from '@meshwork/plugin-data-products-backend/src/router';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { setUpBackend } from './benchmarkFullEvaluation';

/** A caller whose policy hides nothing: the unfiltered listings. */
const everyProduct: RouteOptions['readAccess'] = {
  readable: async () => ({ all: true }),
  readableAmong: async refs => new Set(refs),
};

/**
 * The plugin's router on a loopback port, built as plugin.ts builds it,
 * and a client that GETs from it as a signed-in user (the mock user, or
 * the one named).
 */
export async function serveRouter(
  backend: Awaited<ReturnType<typeof setUpBackend>>,
  readAccess: RouteOptions['readAccess'] = everyProduct,
) {
  const router = await createRouter({
    readAccess,
    httpAuth: mockServices.httpAuth(),
    permissions: mockServices.permissions(),
    logger: mockServices.rootLogger({ level: 'none' }),
    auth: mockServices.auth(),
    rules: builtinScorecardRules,
    waiverMaxDurationMs: 90 * 24 * 60 * 60 * 1000,
    ...backend,
  });
  const server = express().use(router).listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    /** The response body, as JSON or as text; throws unless 200. */
    async get(path: string, userEntityRef?: string): Promise<unknown> {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: { Authorization: mockCredentials.user.header(userEntityRef) },
      });
      const body = response.headers.get('content-type')?.includes('json')
        ? await response.json()
        : await response.text();
      if (!response.ok) {
        throw new Error(
          `GET ${path}: ${response.status} ${JSON.stringify(body)}`,
        );
      }
      return body;
    },
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
