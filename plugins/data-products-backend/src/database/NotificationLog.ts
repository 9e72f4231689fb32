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

/** One event someone is to be notified of, before it is claimed. */
export interface NotificationEvent {
  /** What happened, unique per event: the same event always has the same key. */
  key: string;
  /** The notification topic, the kind of event. */
  topic: string;
  /** The data product it is about. */
  entityRef: string;
}

/**
 * The events the plugin has notified people of: whoever claims an event
 * first sends its notification, so a retried run, a second replica or a
 * task that runs twice finds nothing left to send.
 */
export interface NotificationLog {
  /** Records the events not recorded yet and returns those: the caller, and only it, sends them. */
  claim<T extends NotificationEvent>(events: T[], now: Date): Promise<T[]>;
  /** Forgets claims whose notification could not be sent, so a later run may try again. */
  release(keys: string[]): Promise<void>;
  /** Forgets claims older than `before`; returns how many. */
  prune(before: Date): Promise<number>;
}
