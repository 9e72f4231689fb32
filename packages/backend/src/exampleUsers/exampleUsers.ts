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

import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** The header the example-users sign-in page names its chosen user in. */
export const EXAMPLE_USER_HEADER = 'x-meshwork-example-user';

/** A user of the example mesh that the development sign-in page offers. */
export interface ExampleUser {
  /** The catalog User it signs in as, e.g. `user:default/elena.petrova`. */
  entityRef: string;
  /** Who they are, as the sign-in page shows them. */
  title: string;
  /** What they do in the mesh: which job of the portal they stand for. */
  description?: string;
}

/**
 * Reads `auth.providers.example-users.users`. A wrong entry names its index
 * and field, so a typo in app-config.yaml says where it is.
 */
export function readExampleUsers(providerConfig: Config): ExampleUser[] {
  const entries = providerConfig.getOptionalConfigArray('users') ?? [];
  return entries.map((entry, index) => {
    const field = `auth.providers.example-users.users[${index}].entityRef`;
    const ref = entry.getString('entityRef');
    let entityRef: string;
    try {
      entityRef = stringifyEntityRef(
        parseEntityRef(ref, {
          defaultKind: 'user',
          defaultNamespace: 'default',
        }),
      );
    } catch {
      throw new InputError(
        `${field} is '${ref}'; expected a user's entity ref such as user:default/jane.doe`,
      );
    }
    if (!entityRef.startsWith('user:')) {
      throw new InputError(
        `${field} is '${ref}'; expected a User, not another kind of entity`,
      );
    }
    return {
      entityRef,
      title: entry.getOptionalString('title') ?? entityRef,
      description: entry.getOptionalString('description'),
    };
  });
}
