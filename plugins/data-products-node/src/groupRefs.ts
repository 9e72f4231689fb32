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

import type { RootConfigService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/** `governance` or `group:default/governance`, completed; a wrong one names its key. */
function completeGroupRef(value: string, key: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, {
        defaultKind: 'Group',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    throw new Error(
      `${key}: expected an entity ref such as group:default/governance, got "${value}"`,
    );
  }
}

/**
 * Reads a group ref as operators write it (`governance`,
 * `group:default/governance`) as a full entity ref; a value that is no
 * entity ref fails with the key named, so a typo stops startup.
 * @public
 */
export function readGroupRef(
  config: RootConfigService,
  key: string,
  fallback: string,
): string {
  return completeGroupRef(config.getOptionalString(key) ?? fallback, key);
}

/**
 * Reads a list of group refs as {@link readGroupRef} reads one; each wrong
 * entry is named by its index (`key[1]`).
 * @public
 */
export function readGroupRefs(
  config: RootConfigService,
  key: string,
  fallback: string[],
): string[] {
  const values = config.getOptionalStringArray(key) ?? fallback;
  return values.map((value, index) =>
    completeGroupRef(value, `${key}[${index}]`),
  );
}
