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

import type { Config } from '@backstage/config';
import { InputError, NotAllowedError } from '@backstage/errors';
import { createProxyAuthenticator } from '@backstage/plugin-auth-node';
import {
  EXAMPLE_USER_HEADER,
  type ExampleUser,
  readExampleUsers,
} from './exampleUsers';

interface ExampleUsersContext {
  users: ExampleUser[];
  enabled: boolean;
}

/**
 * Signs in as whichever example user the request names. Like the guest
 * provider it trusts the browser completely, so it only runs in development
 * unless `dangerouslyAllowOutsideDevelopment` says otherwise.
 */
export const exampleUsersAuthenticator = createProxyAuthenticator<
  ExampleUsersContext,
  ExampleUser,
  undefined
>({
  async defaultProfileTransform(user) {
    return { profile: { displayName: user.title } };
  },
  initialize({ config }: { config: Config }) {
    return {
      users: readExampleUsers(config),
      enabled:
        process.env.NODE_ENV === 'development' ||
        config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') ===
          true,
    };
  },
  async authenticate({ req }, { users, enabled }) {
    if (!enabled) {
      throw new NotAllowedError(
        "The example-users provider signs anyone in as anyone, so it only runs in development; set 'auth.providers.example-users.dangerouslyAllowOutsideDevelopment' to use it elsewhere",
      );
    }
    const asked = req.header(EXAMPLE_USER_HEADER);
    if (!asked) {
      throw new InputError(
        `Signing in as an example user needs the ${EXAMPLE_USER_HEADER} header, naming one of auth.providers.example-users.users`,
      );
    }
    const user = users.find(
      candidate =>
        candidate.entityRef.toLocaleLowerCase('en-US') ===
        asked.toLocaleLowerCase('en-US'),
    );
    if (!user) {
      throw new NotAllowedError(
        `'${asked}' is not one of the example users; expected one of ${users
          .map(u => u.entityRef)
          .join(', ')}`,
      );
    }
    return { result: user };
  },
});
