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

import { PROBE_NAME, writeProbe } from '../probeProduct';
import {
  delay,
  linesSince,
  LOG,
  logMarks,
  seconds,
  waitFor,
  type CheckResult,
  type Scene,
} from '../scene';

/**
 * How many times the change detector looks at one change: at once and once
 * more 30 s later (the catalog stores an entity after reporting it). Two
 * replicas doing the work twice would make it four.
 */
const LOOKS_PER_CHANGE = 2;
const RECHECK_MS = 30_000;
/** Lines from the two replicas closer than this are one look done twice. */
const SAME_LOOK_MS = 5_000;

/**
 * Change detection does not do the work twice: one edit of one product's
 * catalog-info.yaml, and its new scorecard shows on the other replica; the
 * "Evaluated N changed data products" lines of both logs until the
 * detector's second look come from one replica at a time (none at the same
 * moment on both), and those evaluating one product, the edited one, are no
 * more than one replica's looks at a change. Looks at other changes the
 * catalog reported meanwhile are listed, not judged.
 */
export async function changeDetectedOnce(scene: Scene): Promise<CheckResult> {
  const [a, b] = scene.replicas;
  const title = `Scale probe, edited at ${new Date().toISOString()}`;
  const marks = logMarks(scene);
  const editedAt = Date.now();
  writeProbe(scene.probe.publishedDir, title);
  const ownerOnB = scene.people.as('owner', b.baseUrl);
  const shown = await waitFor(async () => {
    const answer = await ownerOnB.get(
      `/api/data-products/scorecards/dataproduct/default/${PROBE_NAME}`,
    );
    return answer.body?.title === title ? Date.now() : undefined;
  }, 120_000);
  // the detector's second look, and a little more for a duplicate
  await delay(RECHECK_MS + 12_000);
  const lines = linesSince(scene, marks, LOG.changedRun);
  const products = lines.reduce(
    (sum, line) => sum + Number(LOG.changedRun.exec(line.message)![1]),
    0,
  );
  const doubled = lines
    .slice(1)
    .filter(
      (line, i) =>
        line.replica !== lines[i].replica &&
        line.at - lines[i].at < SAME_LOOK_MS,
    ).length;
  // the edit's own looks evaluate one product; others, other changes
  const oneProduct = lines.filter(
    line => Number(LOG.changedRun.exec(line.message)![1]) === 1,
  ).length;
  const passed =
    shown !== undefined &&
    lines.length >= 1 &&
    oneProduct <= LOOKS_PER_CHANGE &&
    doubled === 0;
  return {
    name: 'change detection does not do the work twice',
    passed,
    details: [
      shown
        ? `edited ${PROBE_NAME}/catalog-info.yaml in the published folder; its new title showed on replica ${
            b.name
          } ${seconds(shown - editedAt)} later`
        : `the edited title never showed on replica ${b.name} in 120 s`,
      `"Evaluated N changed data products" in both logs: ${
        lines
          .map(l => `${l.replica} at ${seconds(l.at - editedAt)}: ${l.message}`)
          .join('; ') || 'none'
      } (${products} products evaluated; ${oneProduct} looks evaluated one product, and one replica looks ${LOOKS_PER_CHANGE} times at a change)`,
      doubled === 0
        ? `no look was done by both ${a.name} and ${b.name}`
        : `${doubled} looks were done by both replicas`,
    ],
  };
}
