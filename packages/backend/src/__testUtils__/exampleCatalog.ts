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
} from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The example mesh the portal loads (`examples/` at the repo root). */
export const examplesDir = path.resolve(__dirname, '../../../../examples');

/**
 * The catalog section of app-config.yaml for a test backend: the example
 * mesh's kinds allowed and its files registered, plus any extra files.
 */
export function exampleCatalogConfig(extraFiles: string[] = []) {
  return {
    rules: [
      {
        allow: ['Location', 'Domain', 'Group', 'User', 'API', 'DataProduct'],
      },
    ],
    locations: [path.join(examplesDir, 'all.yaml'), ...extraFiles].map(
      target => ({ type: 'file', target }),
    ),
  };
}

/** Who each example user's token speaks for: the user and their groups, as sign-in resolves it. */
const ownership = new Map(
  parseAllDocuments(fs.readFileSync(path.join(examplesDir, 'org.yaml'), 'utf8'))
    .map(d => d.toJS())
    .filter(e => e?.kind === 'User')
    .map(user => [
      `user:default/${user.metadata.name}`,
      [
        `user:default/${user.metadata.name}`,
        ...(user.spec.memberOf ?? []).map((g: string) => `group:default/${g}`),
      ],
    ]),
);

/**
 * The user-info service of a test backend whose mock tokens carry no
 * claims: each example user speaks for their groups in `examples/org.yaml`,
 * as the example portal's sign-in resolves them, so the policy sees them.
 */
export const exampleUserInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials: any) {
      const userEntityRef = credentials.principal.userEntityRef;
      return {
        userEntityRef,
        ownershipEntityRefs: ownership.get(userEntityRef) ?? [userEntityRef],
      };
    },
  }),
});
