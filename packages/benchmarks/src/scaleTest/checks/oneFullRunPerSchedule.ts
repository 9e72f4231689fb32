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

import { FULL_SCHEDULE } from '../scaleTestReplicas';
import {
  delay,
  linesSince,
  LOG,
  seconds,
  type CheckResult,
  type Scene,
} from '../scene';

const FREQUENCY_MS = FULL_SCHEDULE.frequency.seconds * 1000;

/** At least three schedules' worth of the two replicas' logs. */
export const WATCH_MS = 3 * FREQUENCY_MS + 5_000;

/**
 * Exactly one full evaluation per schedule across both replicas: over the
 * window since `marks` (taken `startedAt`), the "Evaluated N data products"
 * lines of both logs, in time order, come one per schedule, never two
 * within half a schedule of each other, and as many as the schedules that
 * passed (one more or less at the window's edges).
 */
export async function oneFullRunPerSchedule(
  scene: Scene,
  marks: number[],
  startedAt: number,
): Promise<CheckResult> {
  const waited = Date.now() - startedAt;
  if (waited < WATCH_MS) await delay(WATCH_MS - waited);
  const windowMs = Date.now() - startedAt;
  const runs = linesSince(scene, marks, LOG.fullRun);
  const gaps = runs.slice(1).map((run, i) => run.at - runs[i].at);
  const twice = gaps.filter(gap => gap < FREQUENCY_MS / 2).length;
  const expected = Math.floor(windowMs / FREQUENCY_MS);
  const passed =
    twice === 0 && runs.length >= expected - 1 && runs.length <= expected + 1;
  return {
    name: 'one full evaluation per schedule across both replicas',
    passed,
    details: [
      `${runs.length} full evaluations in ${seconds(windowMs)} of ${
        FULL_SCHEDULE.frequency.seconds
      } s schedules (${expected} expected): ${
        runs
          .map(run => `${run.replica} at ${seconds(run.at - startedAt)}`)
          .join(', ') || 'none'
      }`,
      twice === 0
        ? 'no schedule ran on both replicas'
        : `${twice} times two runs came within ${seconds(
            FREQUENCY_MS / 2,
          )} of each other`,
    ],
  };
}
