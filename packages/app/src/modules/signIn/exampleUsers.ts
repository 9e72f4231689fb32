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

/** Names the chosen user to the backend's example-users provider. */
export const EXAMPLE_USER_HEADER = 'x-meshwork-example-user';

const STORAGE_KEY = 'meshwork:example-user';

/** One of the people the development sign-in offers. */
export interface ExampleUser {
  entityRef: string;
  title: string;
  description?: string;
}

/**
 * The people in `auth.providers.example-users.users`; none when the
 * provider is not configured, as outside development.
 */
export function readExampleUsers(config: Config): ExampleUser[] {
  const entries =
    config.getOptionalConfigArray('auth.providers.example-users.users') ?? [];
  return entries.map(entry => ({
    entityRef: entry.getString('entityRef'),
    title: entry.getOptionalString('title') ?? entry.getString('entityRef'),
    description: entry.getOptionalString('description'),
  }));
}

/** Who this browser last signed in as, if they are still on offer. */
export function rememberedExampleUser(
  users: ExampleUser[],
): ExampleUser | undefined {
  const remembered = window.localStorage.getItem(STORAGE_KEY);
  return users.find(user => user.entityRef === remembered);
}

export function rememberExampleUser(user: ExampleUser) {
  window.localStorage.setItem(STORAGE_KEY, user.entityRef);
}

export function forgetExampleUser() {
  window.localStorage.removeItem(STORAGE_KEY);
}
