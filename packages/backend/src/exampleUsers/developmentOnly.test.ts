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

import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { authModuleExampleUsersProvider, EXAMPLE_USER_HEADER } from '.';
import {
  loadProductionConfig,
  productionConfigFiles,
} from '../__testUtils__/productionConfig';

// The example-users sign-in lets anyone sign in as anyone, so only
// development runs configure it: app-config.development.yaml, which npm start
// loads (BACKSTAGE_ENV=development) and the production image does not.

const repoRoot = path.resolve(__dirname, '../../../..');
const read = (file: string) =>
  fs.readFileSync(path.join(repoRoot, file), 'utf8');

/** The config files in the order given, merged as Backstage merges them. */
function configOf(files: string[]) {
  return ConfigReader.fromConfigs(
    files.map(file => ({ context: file, data: parse(read(file)) })),
  );
}

describe('the example-users sign-in outside development', () => {
  it('is not in the config the production image loads', async () => {
    expect(productionConfigFiles()).toEqual([
      'app-config.yaml',
      'app-config.production.yaml',
    ]);
    const config = await loadProductionConfig();
    expect(config.has('auth.providers.example-users')).toBe(false);
    // The sign-in page offers no one.
    expect(
      config.getOptionalConfigArray('auth.providers.example-users.users'),
    ).toBeUndefined();
    config.close();
  });

  it('offers no sign-in on a backend started with the production config', async () => {
    const config = await loadProductionConfig();
    const { server } = await startTestBackend({
      features: [
        authPlugin,
        authModuleExampleUsersProvider,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            app: config.getConfig('app').get(),
            auth: config.getConfig('auth').get(),
          },
        }),
      ],
    });
    config.close();
    const { port } = server.address() as AddressInfo;
    const response = await fetch(
      `http://localhost:${port}/api/auth/example-users/refresh`,
      {
        headers: {
          'X-Requested-With': 'XMLHttpRequest',
          [EXAMPLE_USER_HEADER]: 'user:default/elena.petrova',
        },
      },
    );
    expect(response.status).toBe(404);
  });
});

describe('the example-users sign-in in development', () => {
  it('offers the four people of the README when npm start loads its config', () => {
    const config = configOf(['app-config.yaml', 'app-config.development.yaml']);
    const users = config
      .getConfigArray('auth.providers.example-users.users')
      .map(user => user.getString('entityRef'));
    expect(users).toEqual([
      'user:default/guest',
      'user:default/elena.petrova',
      'user:default/fatima.benali',
      'user:default/daniel.novak',
    ]);
  });

  it('is loaded by every way of starting the portal in development', () => {
    const scriptOf = (file: string, name: string) =>
      JSON.parse(read(file)).scripts[name];
    // npm start runs `yarn dev`; the e2e suite starts each workspace.
    for (const script of [
      scriptOf('package.json', 'dev'),
      scriptOf('packages/backend/package.json', 'start'),
      scriptOf('packages/app/package.json', 'start'),
    ]) {
      expect(script).toMatch(/^BACKSTAGE_ENV=development backstage-cli /);
    }
  });
});
