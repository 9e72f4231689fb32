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

import type { Replica } from '../scaleTestReplicas';
import type { Scene, ScorecardSummary } from '../scene';

interface Snapshot {
  scorecards: Map<string, ScorecardSummary>;
  /** History points per product. */
  history: Map<string, number>;
}

/** How many history points each product has, as governance reads them. */
export async function historyLengths(
  scene: Scene,
  replica: Replica,
  refs: string[],
): Promise<Map<string, number>> {
  const api = scene.people.as('governance', replica.baseUrl);
  const lengths = new Map<string, number>();
  for (const ref of refs) {
    const answer = await api.get(
      `/api/data-products/scorecards/${ref.replace(':', '/')}/history`,
    );
    lengths.set(ref, answer.body?.items?.length ?? -1);
  }
  return lengths;
}

/**
 * What an outage may not do to the stored scorecards, nothing having
 * changed in the catalog: no product gone, none failing a rule it did not
 * fail, none lower than it was, and no history point for one whose result
 * did not change. `waived` had a waiver approved meanwhile: one point more
 * for it is the approval's.
 */
export function compareScorecards(
  before: Snapshot,
  after: Snapshot,
  waived: string,
) {
  const problems: string[] = [];
  const rank = ['none', 'bronze', 'silver', 'gold'];
  for (const [ref, was] of before.scorecards) {
    const now = after.scorecards.get(ref);
    if (!now) {
      problems.push(`${ref} is gone`);
      continue;
    }
    const newlyFailing = now.failingRuleIds.filter(
      rule => !was.failingRuleIds.includes(rule),
    );
    if (newlyFailing.length > 0) {
      problems.push(`${ref} now fails ${newlyFailing.join(', ')}`);
    }
    if (rank.indexOf(now.level) < rank.indexOf(was.level)) {
      problems.push(`${ref} fell from ${was.level} to ${now.level}`);
    }
    const added =
      (after.history.get(ref) ?? 0) - (before.history.get(ref) ?? 0);
    if (added > (ref === waived ? 1 : 0)) {
      problems.push(`${ref} has ${added} new history point(s)`);
    }
  }
  const latestBefore = [...before.scorecards.values()]
    .map(s => s.evaluatedAt)
    .sort()
    .pop();
  const evaluated = [...after.scorecards.values()].filter(
    s => !latestBefore || s.evaluatedAt > latestBefore,
  ).length;
  return {
    problems,
    details: [
      `${after.scorecards.size} scorecards after, ${
        before.scorecards.size
      } before; ${evaluated} evaluated since; ${
        problems.length === 0
          ? 'none fails a rule it did not fail, none fell, no stray history point'
          : `${problems.length} problem(s):`
      }`,
    ],
  };
}
