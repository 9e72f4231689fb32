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

import type { DataProductFact } from '@meshwork/plugin-data-products-common';

/** A fact as it arrives: who reported it matters for the audit. */
export interface ReportedFact extends DataProductFact {
  reportedBy: string;
}

/**
 * The facts pipelines and fact sources report, kept until retention prunes
 * them; the latest per (product, port, name) is never pruned, so a pipeline
 * that stopped reporting shows as stale rather than as never reported.
 */
export interface FactStore {
  addFacts(facts: ReportedFact[], receivedAt: Date): Promise<void>;
  /** The latest fact per (product, port, name), by product: all, or the listed ones. */
  latestFacts(entityRefs?: string[]): Promise<Map<string, DataProductFact[]>>;
  /** Deletes facts observed before `cutoff` that a newer fact of the same key supersedes. */
  prune(cutoff: Date): Promise<number>;
}
