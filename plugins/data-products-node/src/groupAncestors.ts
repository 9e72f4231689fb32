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

import type { AuthService } from '@backstage/backend-plugin-api';
import {
  RELATION_CHILD_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { scanCatalog } from './scanCatalog';

/** The catalog's group tree, from the bottom up and from the top down. @public */
export interface GroupAncestors {
  /** The group's parent, grandparent… up to the root. */
  ancestorsOf(groupRef: string): string[];
  /** The group and every group below it: the owners a product counts under. */
  groupAndDescendants(groupRef: string): string[];
}

/**
 * The catalog's group tree as a lookup of each group's ancestors, read in
 * one paged query of only the fields needed.
 * @public
 */
export async function loadGroupAncestors(
  catalog: CatalogService,
  auth: AuthService,
): Promise<GroupAncestors> {
  const credentials = await auth.getOwnServiceCredentials();
  const parentOf = new Map<string, string>();
  const groups = scanCatalog(
    catalog,
    credentials,
    {
      filter: { kind: 'Group' },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
    },
    1000,
  );
  for await (const group of groups) {
    const parent = group.relations?.find(r => r.type === RELATION_CHILD_OF);
    if (parent) parentOf.set(stringifyEntityRef(group), parent.targetRef);
  }

  const ancestorsOf = (groupRef: string) => {
    const ancestors: string[] = [];
    let current = parentOf.get(groupRef);
    // A cycle in the org data must not hang a request.
    while (current && !ancestors.includes(current) && current !== groupRef) {
      ancestors.push(current);
      current = parentOf.get(current);
    }
    return ancestors;
  };
  return {
    ancestorsOf,
    // Only a group with a parent can be below another.
    groupAndDescendants: groupRef => [
      groupRef,
      ...[...parentOf.keys()].filter(ref =>
        ancestorsOf(ref).includes(groupRef),
      ),
    ],
  };
}
