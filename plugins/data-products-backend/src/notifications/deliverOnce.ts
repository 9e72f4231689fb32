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

import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import type {
  NotificationEvent,
  NotificationLog,
} from '../database/NotificationLog';

const PARALLEL_SENDS = 8;

/** A notification to send once: the event that dedupes it and what to send. */
export interface PendingNotification extends NotificationEvent {
  send: NotificationSendOptions;
}

/**
 * Claims the events in the log, sends the notifications of those this call
 * claimed (the others were sent already, or are being sent by another
 * replica), and releases the claims whose sending failed so that a later
 * run may try again. Returns how many were sent.
 */
export async function deliverOnce(
  options: {
    log: NotificationLog;
    notifications: NotificationService;
    logger: LoggerService;
  },
  pending: PendingNotification[],
  now: Date,
): Promise<number> {
  if (pending.length === 0) return 0;
  const { log, notifications, logger } = options;
  const claimed = await log.claim(pending, now);
  const failed: Array<{ item: PendingNotification; error: unknown }> = [];
  // A rule change can drop thousands of products in one run: a few sends
  // at a time keep the run short without flooding the notifications backend.
  for (let i = 0; i < claimed.length; i += PARALLEL_SENDS) {
    await Promise.all(
      claimed.slice(i, i + PARALLEL_SENDS).map(async item => {
        try {
          await notifications.send(item.send);
        } catch (error) {
          failed.push({ item, error });
        }
      }),
    );
  }
  if (failed.length > 0) {
    // One line for the lot: a notifications backend that is down fails them all.
    const [{ item, error }] = failed;
    logger.warn(
      `Could not send ${failed.length} of ${claimed.length} notifications, e.g. the ${item.topic} one about ${item.entityRef}: ${error}`,
    );
    await log.release(failed.map(f => f.item.key));
  }
  return claimed.length - failed.length;
}
