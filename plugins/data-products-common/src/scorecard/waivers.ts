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

/**
 * Where a waiver stands. `requested` waits for the governance group;
 * `approved` exempts the rule until `expiresAt`, then becomes `expired`.
 * @public
 */
export type WaiverStatus = 'requested' | 'approved' | 'rejected' | 'expired';

/** One step of a waiver's audit trail: who did what, when. @public */
export interface WaiverEvent {
  action: 'requested' | 'approved' | 'rejected' | 'expired';
  /** The user who acted, or `system` for an expiry. */
  actor: string;
  at: string;
  comment?: string;
}

/** A request to exempt one product from one rule, with its audit trail. @public */
export interface DataProductWaiver {
  id: string;
  entityRef: string;
  ruleId: string;
  justification: string;
  status: WaiverStatus;
  /** Until when the exemption holds once approved. */
  expiresAt: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  events: WaiverEvent[];
}
