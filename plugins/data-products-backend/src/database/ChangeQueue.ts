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

/** A changed entity waiting to be looked at. */
export interface QueuedChange {
  entityRef: string;
  queuedAt: Date;
  /** 0 the first time, 1 for the later second look. */
  looks: number;
}

/**
 * The entities the catalog reported changed, shared by every replica: the
 * replica that heard a change need not be the one that evaluates it.
 */
export interface ChangeQueue {
  /** Queues the refs, or hears them again: a change heard twice is looked at once. */
  add(entityRefs: string[], now: Date): Promise<void>;
  /** The changes whose time to look has come, oldest first. */
  due(now: Date, limit: number): Promise<QueuedChange[]>;
  /**
   * Marks the changes looked at: after the first look one more is due at
   * `recheckAt`, after the second they leave. A change heard again since
   * they were read (at `readAt`, the time given to `due`) stays queued as new.
   */
  looked(changes: QueuedChange[], readAt: Date, recheckAt: Date): Promise<void>;
}
