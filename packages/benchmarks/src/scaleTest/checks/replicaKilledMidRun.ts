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

import { cutDuringFullRun } from '../midRun';
import { FULL_SCHEDULE } from '../scaleTestReplicas';
import {
  allScorecards,
  linesOf,
  LOG,
  seconds,
  waitFor,
  type CheckResult,
  type Scene,
} from '../scene';

/** When the scheduler's janitor frees a dead replica's claim at the latest: the task's timeout, then its next round (every minute). */
const TAKEOVER_MS =
  (FULL_SCHEDULE.timeout.seconds + 60 + FULL_SCHEDULE.frequency.seconds) *
    1000 +
  20_000;

/**
 * A replica killed in the middle of a full evaluation: the other finishes
 * the schedule's work. The run is held in its middle by cutting the
 * database as it starts (its replica waits to retry), then its replica is
 * killed with SIGKILL and the database restored. Its claim on the run
 * lasts until the task's timeout (30 s here, 5 minutes by default); the
 * scheduler's janitor on the surviving replica then frees it (it looks
 * every minute), and the survivor runs the evaluation: every product's
 * scorecard is evaluated after the kill.
 */
export async function replicaKilledMidRun(scene: Scene): Promise<CheckResult> {
  const name = 'a replica killed mid-run: the other finishes the work';
  const caught = await cutDuringFullRun(scene);
  if (typeof caught === 'string') {
    return { name, passed: false, details: [caught] };
  }
  const { runner, cutAt, marks } = caught;
  const survivor = scene.replicas.find(r => r !== runner)!;
  runner.kill();
  const killedAt = Date.now();
  await scene.proxy.restore();
  const index = scene.replicas.indexOf(survivor);
  const finished = await waitFor(
    async () =>
      linesOf(survivor, LOG.fullRun, marks[index]).find(
        line => line.at > killedAt,
      ),
    TAKEOVER_MS,
    1_000,
  );
  const scorecards = finished
    ? [...(await allScorecards(scene, survivor)).values()]
    : [];
  const current = scorecards.filter(
    s => Date.parse(s.evaluatedAt) > killedAt,
  ).length;
  const passed =
    finished !== undefined &&
    scorecards.length === scene.productCount &&
    current === scorecards.length;
  return {
    name,
    passed,
    details: [
      `replica ${
        runner.name
      } claimed the run; the database was cut (its log: retrying) and ${
        runner.name
      } killed with SIGKILL ${seconds(killedAt - cutAt)} later`,
      finished
        ? `replica ${survivor.name} ran it ${seconds(
            finished.at - killedAt,
          )} after the kill (the task's ${
            FULL_SCHEDULE.timeout.seconds
          } s timeout, then the scheduler's janitor, every minute): "${
            finished.message
          }"`
        : `replica ${survivor.name} did not run it within ${seconds(
            TAKEOVER_MS,
          )}`,
      `${current} of ${scorecards.length} scorecards on ${survivor.name} evaluated after the kill (${scene.productCount} products)`,
    ],
  };
}
