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
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { examplesDir } from '../__testUtils__/exampleCatalog';
import { authModuleExampleUsersProvider, EXAMPLE_USER_HEADER } from '.';

// The sign-in the example portal offers in development, against the example
// mesh's real users: who you pick is who the token says you are, with the
// groups the catalog gives you.

const orgEntities = parseAllDocuments(
  fs.readFileSync(path.join(examplesDir, 'org.yaml'), 'utf8'),
)
  .map(d => d.toJS())
  .filter(Boolean)
  // the relations the catalog's processors would add, which sign-in reads
  .map(entity => ({
    ...entity,
    relations: (entity.spec?.memberOf ?? []).map((group: string) => ({
      type: 'memberOf',
      targetRef: `group:default/${group}`,
    })),
  }));

const users = [
  { entityRef: 'user:default/guest', title: 'Guest User' },
  { entityRef: 'elena.petrova', title: 'Elena Petrova' },
  { entityRef: 'user:default/nobody', title: 'Not in the catalog' },
];

async function startAuth(provider: object) {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      authModuleExampleUsersProvider,
      catalogServiceMock.factory({ entities: orgEntities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: { providers: { 'example-users': provider } },
        },
      }),
    ],
  });
  const { port } = server.address() as AddressInfo;
  return async (user?: string) => {
    const response = await fetch(
      `http://localhost:${port}/api/auth/example-users/refresh`,
      {
        headers: {
          'X-Requested-With': 'XMLHttpRequest',
          ...(user ? { [EXAMPLE_USER_HEADER]: user } : {}),
        },
      },
    );
    return { status: response.status, body: await response.json() };
  };
}

describe('the example-users sign-in', () => {
  it('signs in as the chosen user, with their groups from the catalog', async () => {
    const signIn = await startAuth({
      users,
      dangerouslyAllowOutsideDevelopment: true,
    });

    const governance = await signIn('user:default/elena.petrova');
    expect(governance.status).toBe(200);
    expect(governance.body.profile.displayName).toBe('Elena Petrova');
    expect(governance.body.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/elena.petrova',
      ownershipEntityRefs: expect.arrayContaining([
        'user:default/elena.petrova',
        'group:default/governance',
      ]),
    });

    const owner = await signIn('user:default/guest');
    expect(owner.body.backstageIdentity.identity.ownershipEntityRefs).toEqual(
      expect.arrayContaining(['group:default/sales-data']),
    );
    expect(
      owner.body.backstageIdentity.identity.ownershipEntityRefs,
    ).not.toContain('group:default/governance');
  });

  it('refuses users the config does not offer, and says which it does', async () => {
    const signIn = await startAuth({
      users,
      dangerouslyAllowOutsideDevelopment: true,
    });

    const stranger = await signIn('user:default/jonas.weber');
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toContain(
      "'user:default/jonas.weber' is not one of the example users",
    );
    expect(stranger.body.error.message).toContain('user:default/elena.petrova');

    const nobody = await signIn();
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.message).toContain(EXAMPLE_USER_HEADER);

    // offered, but the catalog has no such User: no identity is made up
    const missing = await signIn('user:default/nobody');
    expect(missing.status).not.toBe(200);
    expect(missing.body.backstageIdentity).toBeUndefined();
  });

  it('stays off outside development unless told otherwise', async () => {
    const signIn = await startAuth({ users });

    const refused = await signIn('user:default/elena.petrova');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(
      'dangerouslyAllowOutsideDevelopment',
    );
  });

  it('names the entry and field of a wrong user in the config', async () => {
    // in development the auth backend logs this and starts without the provider
    await expect(
      startAuth({
        users: [{ entityRef: 'group:default/governance', title: 'A group' }],
        dangerouslyAllowOutsideDevelopment: true,
      }),
    ).rejects.toThrow(
      "auth.providers.example-users.users[0].entityRef is 'group:default/governance'; expected a User",
    );
  });
});
