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

import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { dataProductFactCreatePermission } from '@meshwork/plugin-data-products-common';

/**
 * Refuses the whole write unless the policy grants the fact permission on
 * every product it names: one call, however many products. Both ways facts
 * arrive (`POST /facts`, a tool's run) go through here.
 */
export async function authorizeFactWrites(
  permissions: PermissionsService,
  entityRefs: string[],
  credentials: BackstageCredentials,
): Promise<void> {
  if (entityRefs.length === 0) return;
  const decisions = await permissions.authorize(
    entityRefs.map(resourceRef => ({
      permission: dataProductFactCreatePermission,
      resourceRef,
    })),
    { credentials },
  );
  const refused = entityRefs.filter(
    (_, i) => decisions[i].result !== AuthorizeResult.ALLOW,
  );
  if (refused.length > 0) {
    throw new NotAllowedError(
      `You may not report facts for ${refused.join(
        ', ',
      )}: the permission policy does not grant you ${
        dataProductFactCreatePermission.name
      } on ${refused.length === 1 ? 'it' : 'them'}`,
    );
  }
}

/** Who wrote it, as the facts and unplaced results record it. */
export function reporterOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.type === 'user'
    ? principal.userEntityRef!
    : principal.subject ?? 'unknown';
}
