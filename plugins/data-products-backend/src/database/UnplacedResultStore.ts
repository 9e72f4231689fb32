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

import type { UnplacedResult } from '@meshwork/plugin-data-products-common';

// One shape for the store, the route and the governance page that lists them.
export type { UnplacedResult };

/**
 * Results that matched no port: kept, never dropped silently, so governance
 * and owners see what a port would have to declare to claim them.
 */
export interface UnplacedResultStore {
  add(results: UnplacedResult[]): Promise<void>;
  /** The latest first; `total` counts them all. */
  list(page: {
    limit: number;
    offset: number;
  }): Promise<{ items: UnplacedResult[]; total: number }>;
  /** Deletes those received before `cutoff`. */
  prune(cutoff: Date): Promise<number>;
}
