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

import type { Replica } from './scaleTestReplicas';
import {
  LOG,
  linesSince,
  logMarks,
  nextFullRunClaim,
  waitFor,
  type Scene,
} from './scene';

/** A full evaluation caught in the middle: the replica running it, waiting to retry. */
export interface CaughtRun {
  runner: Replica;
  cutAt: number;
  /** The logs' positions just before the cut. */
  marks: number[];
}

/**
 * Cuts the database at the start of a full evaluation: waits for a replica
 * to claim the next run (in the scheduler's table, read straight from
 * PostgreSQL), cuts the proxy at once and waits for the replica's log to
 * say the run failed and will be retried, which names the replica that
 * runs it. A run that ended before the cut landed (a small catalog scores
 * in well under a second) is let go, and the next one tried, three at
 * most. Returns with the database still cut, or why it could not.
 */
export async function cutDuringFullRun(
  scene: Scene,
): Promise<CaughtRun | string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    // a run finished just before a cut may hold its claim until the
    // scheduler's janitor frees it, a minute later
    if (!(await nextFullRunClaim(scene, 150_000))) {
      return 'no full evaluation started in 150 s';
    }
    const marks = logMarks(scene);
    await scene.proxy.cut();
    const cutAt = Date.now();
    const retry = await waitFor(
      async () => linesSince(scene, marks, LOG.fullRunRetry)[0],
      8_000,
      100,
    );
    if (retry) {
      const runner = scene.replicas.find(r => r.name === retry.replica)!;
      return { runner, cutAt, marks };
    }
    await scene.proxy.restore();
  }
  return 'three full evaluations ended before the database could be cut in their middle';
}
