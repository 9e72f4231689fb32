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
  ErrorPanel,
  ProxiedSignInPage,
  SignInPage,
} from '@backstage/core-components';
import {
  configApiRef,
  type IdentityApi,
  useApi,
} from '@backstage/core-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import { ResponseError } from '@backstage/errors';
import { Button, Flex } from '@backstage/ui';
import { useState } from 'react';
import { ExampleUserPicker } from './ExampleUserPicker';
import {
  EXAMPLE_USER_HEADER,
  type ExampleUser,
  forgetExampleUser,
  readExampleUsers,
  rememberedExampleUser,
  rememberExampleUser,
} from './exampleUsers';

/** The auth backend's own words, not just "Request failed with 403". */
function whySignInFailed(error?: Error): Error {
  if (error instanceof ResponseError) {
    return error.cause;
  }
  return error ?? new Error('Sign-in failed');
}

/** Signing out forgets the choice, so the next visit asks again. */
function forgettingOnSignOut(identity: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      forgetExampleUser();
      await identity.signOut();
    },
  };
}

/**
 * The example portal's sign-in. With `auth.providers.example-users`
 * configured (development) it offers the example mesh's people and keeps
 * to the one picked until sign-out; otherwise it is the stock guest sign-in.
 */
export function ExampleUsersSignInPage(props: SignInPageProps) {
  const users = readExampleUsers(useApi(configApiRef));
  const [chosen, setChosen] = useState(() => rememberedExampleUser(users));

  if (users.length === 0) {
    return <SignInPage {...props} providers={['guest']} />;
  }
  if (!chosen) {
    return (
      <ExampleUserPicker
        users={users}
        onPick={(user: ExampleUser) => {
          rememberExampleUser(user);
          setChosen(user);
        }}
      />
    );
  }
  return (
    <ProxiedSignInPage
      {...props}
      provider="example-users"
      headers={{ [EXAMPLE_USER_HEADER]: chosen.entityRef }}
      onSignInSuccess={identity =>
        props.onSignInSuccess(forgettingOnSignOut(identity))
      }
      ErrorComponent={({ error }) => (
        <Flex direction="column" align="start" gap="3" p="4">
          <ErrorPanel
            title={`Could not sign in as ${chosen.title}`}
            error={whySignInFailed(error)}
            defaultExpanded
          />
          <Button
            onPress={() => {
              forgetExampleUser();
              setChosen(undefined);
            }}
          >
            Choose someone else
          </Button>
        </Flex>
      )}
    />
  );
}
