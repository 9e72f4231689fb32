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
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import permissionModuleDataProducts from '@meshwork/plugin-permission-backend-module-data-products';
import type { AddressInfo } from 'node:net';
import { catalogModuleMeshworkPublishedProducts } from './publishedProducts';
import { examplePolicyConfig } from './__testUtils__/examplePolicy';
import { exampleUserInfo } from './__testUtils__/exampleCatalog';

// No signed-in user can make the catalog read a file on the backend's host:
// `file` is not a location type the catalog's API takes (the example app's
// published products come in through their own provider), and only the
// platform team may register locations at all. A refusal says nothing of
// the file: the answer for /etc/passwd is the answer for a path that does
// not exist, apart from the path.

jest.setTimeout(60_000);

const ordinaryUser = mockCredentials.user.header('user:default/priya.raman');
const platformAdmin = mockCredentials.user.header('user:default/daniel.novak');

const EXISTING = '/etc/passwd';
const MISSING = '/etc/meshwork-no-such-file';
const GLOB = '/etc/*';

describe('file locations through the catalog API', () => {
  let baseUrl: string;

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleMeshworkPublishedProducts,
        permissionPlugin,
        permissionModuleDataProducts,
        exampleUserInfo,
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            catalog: { rules: [{ allow: ['Location', 'Component'] }] },
            dataProducts: { permissions: { policy: examplePolicyConfig } },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  });

  async function post(as: string, route: string, body: object) {
    const response = await fetch(`${baseUrl}/api/catalog${route}`, {
      method: 'POST',
      headers: { Authorization: as, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }

  /** The answers for the three paths, with each path blanked out of its answer. */
  async function answers(
    ask: (target: string) => Promise<{ status: number; text: string }>,
  ) {
    const result = [];
    for (const target of [EXISTING, MISSING, GLOB]) {
      const { status, text } = await ask(target);
      result.push({ status, text: text.split(target).join('<path>') });
    }
    return result;
  }

  /** Nothing of /etc/passwd, and the same answer whether the file exists. */
  function expectRevealsNothing(seen: { status: number; text: string }[]) {
    for (const { text } of seen) {
      expect(text).not.toMatch(/root:|nologin|\/bin\/(ba)?sh/);
    }
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  }

  it.each([
    ['an ordinary user', ordinaryUser, 403],
    ['the platform team', platformAdmin, 400],
  ])(
    'refuses %s a file location, saying nothing about the file',
    async (_who, as, status) => {
      for (const query of ['', '?dryRun=true']) {
        const seen = await answers(target =>
          post(as, `/locations${query}`, { type: 'file', target }),
        );
        expectRevealsNothing(seen);
        expect(seen[0].status).toBe(status);
      }
    },
  );

  it('tells the platform team that file locations are not taken at all', async () => {
    const { text } = await post(platformAdmin, '/locations', {
      type: 'file',
      target: EXISTING,
    });
    expect(JSON.parse(text).error.message).toBe(
      'Registered locations must be of an allowed type ["url"]',
    );
  });

  it.each([
    ['an ordinary user', ordinaryUser],
    ['the platform team', platformAdmin],
  ])(
    'does not read a file named by a Location entity sent for validation (%s)',
    async (_who, as) => {
      for (const spec of [
        (target: string) => ({ type: 'file', target }),
        (target: string) => ({ type: 'url', target: `file://${target}` }),
      ]) {
        const seen = await answers(target =>
          post(as, '/validate-entity', {
            location: 'url:https://example.com/catalog-info.yaml',
            entity: {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Location',
              metadata: { name: 'probe' },
              spec: spec(target),
            },
          }),
        );
        expectRevealsNothing(seen);
        expect(seen[0].status).toBe(400);
      }
    },
  );

  it('lets only the platform team register or delete locations', async () => {
    const url = {
      type: 'url',
      target: 'https://github.com/example/repo/blob/main/catalog-info.yaml',
    };
    expect((await post(ordinaryUser, '/locations', url)).status).toBe(403);

    const removal = async (as: string) =>
      (
        await fetch(`${baseUrl}/api/catalog/locations/no-such-id`, {
          method: 'DELETE',
          headers: { Authorization: as },
        })
      ).status;
    expect(await removal(ordinaryUser)).toBe(403);
    // Allowed, and then told there is no such location.
    expect(await removal(platformAdmin)).toBe(404);
  });
});
