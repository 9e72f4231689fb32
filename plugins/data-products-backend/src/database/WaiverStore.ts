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
  DataProductWaiver,
  RuleWaiver,
  WaiverStatus,
} from '@meshwork/plugin-data-products-common';
import type { ReadableProducts } from './readableProducts';

export interface WaiverRequest {
  entityRef: string;
  ruleId: string;
  justification: string;
  expiresAt: Date;
  requestedBy: string;
}

export interface WaiverListQuery {
  entityRef?: string;
  status?: WaiverStatus;
  limit: number;
  cursor?: string;
  /** What the caller may read; every product's waivers when absent. */
  readable?: ReadableProducts;
}

/** Waivers and their audit trail: every request, decision and expiry, with who and when. */
export interface WaiverStore {
  /**
   * One open request or approval per product and rule: another is a
   * conflict. One whose end date has passed no longer counts.
   */
  request(input: WaiverRequest, now: Date): Promise<DataProductWaiver>;
  /** Approves or rejects a pending request; anything else is a conflict. */
  decide(
    id: string,
    decision: { approve: boolean; actor: string; comment?: string },
    now: Date,
  ): Promise<DataProductWaiver>;
  get(id: string): Promise<DataProductWaiver | undefined>;
  /** Newest request first; the cursor names the last waiver of the page. */
  list(
    query: WaiverListQuery,
  ): Promise<{ items: DataProductWaiver[]; nextCursor?: string }>;
  /** Approved, unexpired waivers by product: all, or the listed ones. */
  activeWaivers(
    now: Date,
    entityRefs?: string[],
  ): Promise<Map<string, RuleWaiver[]>>;
  /** Approved waivers that expire after `from` and by `until`, soonest first. */
  expiringWaivers(from: Date, until: Date): Promise<DataProductWaiver[]>;
  /** Marks approved or pending waivers past their expiry as expired; returns how many. */
  expire(now: Date): Promise<number>;
}
