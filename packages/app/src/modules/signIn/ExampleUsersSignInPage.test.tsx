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

import { discoveryApiRef, type IdentityApi } from '@backstage/core-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExampleUsersSignInPage } from './ExampleUsersSignInPage';

const users = [
  {
    entityRef: 'user:default/guest',
    title: 'Guest User',
    description: 'Domain owner in Sales Data.',
  },
  {
    entityRef: 'user:default/elena.petrova',
    title: 'Elena Petrova',
    description: 'Governance council.',
  },
];

/** A token that expires in an hour, as the auth backend would issue. */
function tokenFor(userEntityRef: string) {
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const payload = btoa(JSON.stringify({ sub: userEntityRef, exp }));
  return `e30.${payload}.sig`;
}

/** The auth backend's example-users refresh, answering for whoever the header names. */
function authBackend(fail?: { status: number; message: string }) {
  return jest.fn(async (_url: string, init: RequestInit) => {
    if (fail) {
      return new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: fail.message },
          response: { statusCode: fail.status },
        }),
        {
          status: fail.status,
          headers: { 'Content-Type': 'application/json' },
        },
      );
    }
    const userEntityRef = new Headers(init.headers).get(
      'x-meshwork-example-user',
    )!;
    return new Response(
      JSON.stringify({
        profile: { displayName: userEntityRef },
        providerInfo: {},
        backstageIdentity: {
          token: tokenFor(userEntityRef),
          identity: {
            type: 'user',
            userEntityRef,
            ownershipEntityRefs: [userEntityRef],
          },
        },
      }),
      { status: 200, headers: { 'Content-Type': 'application/json' } },
    );
  });
}

function renderSignIn(
  onSignInSuccess: (identity: IdentityApi) => void,
  offered = users,
) {
  return renderInTestApp(
    <ExampleUsersSignInPage onSignInSuccess={onSignInSuccess} />,
    {
      config: {
        app: { title: 'Meshwork' },
        auth: { providers: { 'example-users': { users: offered } } },
      },
      apis: [
        [discoveryApiRef, mockApis.discovery({ baseUrl: 'http://backend' })],
      ],
    },
  );
}

describe('ExampleUsersSignInPage', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
    window.localStorage.clear();
  });

  it('signs in as the person picked, and remembers them until sign-out', async () => {
    const fetch = authBackend();
    global.fetch = fetch as any;
    const onSignInSuccess = jest.fn();
    renderSignIn(onSignInSuccess);

    expect(screen.getByText('Governance council.')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in as Elena Petrova' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/auth/example-users/refresh',
    );
    const identity: IdentityApi = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/elena.petrova',
    });

    // the next visit signs straight back in as Elena, without the picker
    const nextVisit = jest.fn();
    renderSignIn(nextVisit);
    await waitFor(() => expect(nextVisit).toHaveBeenCalled());
    await expect(
      nextVisit.mock.calls[0][0].getBackstageIdentity(),
    ).resolves.toMatchObject({ userEntityRef: 'user:default/elena.petrova' });

    // signing out means the visit after that asks again
    await identity.signOut();
    const afterSignOut = jest.fn();
    renderSignIn(afterSignOut);
    expect(
      await screen.findAllByRole('button', { name: 'Sign in as Guest User' }),
    ).not.toHaveLength(0);
    expect(afterSignOut).not.toHaveBeenCalled();
  });

  it('says why a sign-in failed and lets you pick someone else', async () => {
    global.fetch = authBackend({
      status: 403,
      message: "'user:default/guest' is not one of the example users",
    }) as any;
    const onSignInSuccess = jest.fn();
    renderSignIn(onSignInSuccess);

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in as Guest User' }),
    );

    expect(
      await screen.findByText(/Could not sign in as Guest User/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/is not one of the example users/),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Choose someone else' }),
    );
    expect(
      screen.getByRole('button', { name: 'Sign in as Elena Petrova' }),
    ).toBeInTheDocument();
    expect(onSignInSuccess).not.toHaveBeenCalled();
  });

  it('is the stock guest sign-in where no example users are configured', async () => {
    renderSignIn(jest.fn(), []);

    expect(
      await screen.findByRole('button', { name: /enter/i }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/example mesh's people/)).not.toBeInTheDocument();
  });
});
