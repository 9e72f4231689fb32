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
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  GroupAncestors,
  loadGroupAncestors,
} from '@meshwork/plugin-data-products-node';

/** The governance council and the platform team read every product. */
export const READ_EVERYTHING = [
  'group:default/governance',
  'group:default/data-platform',
];

/** How long the group tree is reused: a moved team reads as before for a minute. */
const GROUP_TREE_TTL_MS = 60_000;

/**
 * `catalog.entity.read` in the example mesh: a product whose
 * `spec.classification` is `restricted` is seen only by its owning group's
 * tree (the group and every group below it), governance and the platform
 * team; every other entity is open. The decision is conditional, so the
 * catalog applies it in its own queries, and Meshwork's listings follow.
 */
export class RestrictedProductsReadPolicy {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  #groups?: { until: number; tree: Promise<GroupAncestors> };

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  async decide(
    permission: ResourcePermission<'catalog-entity'>,
    claims: string[],
  ): Promise<PolicyDecision> {
    if (claims.some(ref => READ_EVERYTHING.includes(ref))) {
      return { result: AuthorizeResult.ALLOW };
    }
    // A member of a team below the owner is in the owner's tree.
    const tree = await this.#groupTree();
    const inTreeOf = [
      ...new Set(claims.flatMap(c => [c, ...tree.ancestorsOf(c)])),
    ];
    return createCatalogConditionalDecision(permission, {
      anyOf: [
        {
          not: catalogConditions.hasSpec({
            key: 'classification',
            value: 'restricted',
          }),
        },
        catalogConditions.isEntityOwner({ claims: inTreeOf }),
      ],
    });
  }

  #groupTree(): Promise<GroupAncestors> {
    const now = Date.now();
    if (!this.#groups || this.#groups.until <= now) {
      const tree = loadGroupAncestors(this.#catalog, this.#auth);
      // A failed read is not kept: the next decision asks again.
      tree.catch(() => {
        if (this.#groups?.tree === tree) this.#groups = undefined;
      });
      this.#groups = { until: now + GROUP_TREE_TTL_MS, tree };
    }
    return this.#groups.tree;
  }
}
