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
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GroupAncestors,
  loadGroupAncestors,
} from '@meshwork/plugin-data-products-node';

/** How long the group tree is reused: a moved team reads as before for a minute. */
const GROUP_TREE_TTL_MS = 60_000;

/**
 * The catalog's group tree, read at most once a minute: every read decision
 * of a user without a read-everything group needs it.
 */
export class CachedGroupTree {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  #cached?: { until: number; tree: Promise<GroupAncestors> };

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  get(): Promise<GroupAncestors> {
    const now = Date.now();
    if (!this.#cached || this.#cached.until <= now) {
      const tree = loadGroupAncestors(this.#catalog, this.#auth);
      // A failed read is not kept: the next decision asks again.
      tree.catch(() => {
        if (this.#cached?.tree === tree) this.#cached = undefined;
      });
      this.#cached = { until: now + GROUP_TREE_TTL_MS, tree };
    }
    return this.#cached.tree;
  }
}
