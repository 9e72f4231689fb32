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

import type { Answer } from '../people';
import type { Replica } from '../scaleTestReplicas';
import { seconds } from '../scene';

/** The two writes a user might make during the outage, made again after it. */
export interface OutageCalls {
  fact: Record<string, unknown>;
  postFact(replica: Replica): Promise<Answer>;
  approve(replica: Replica): Promise<Answer>;
}

/** What a 503 must say: what was not saved, that the database is the cause, when to retry. */
function judge(
  what: string,
  answer: Answer,
  tookMs: number,
  expected: RegExp,
): { passed: boolean; detail: string } {
  const message = String(answer.body?.error?.message ?? answer.body);
  const retryAfter = answer.headers.get('Retry-After');
  const passed =
    answer.status === 503 && retryAfter !== null && expected.test(message);
  return {
    passed,
    detail: `during: ${what} HTTP ${answer.status} in ${seconds(
      tookMs,
    )}, Retry-After ${retryAfter ?? 'missing'}: "${message.slice(0, 200)}"`,
  };
}

/** Posts the fact and the approval to `replica` while the database is cut. */
export async function duringOutage(calls: OutageCalls, replica: Replica) {
  const timed = async (call: () => Promise<Answer>) => {
    const started = Date.now();
    const answer = await call();
    return { answer, tookMs: Date.now() - started };
  };
  const fact = await timed(() => calls.postFact(replica));
  const approval = await timed(() => calls.approve(replica));
  const verdicts = [
    judge(
      'the fact',
      fact.answer,
      fact.tookMs,
      /^The facts were not saved: .*database is unreachable.*try again/i,
    ),
    judge(
      'the approval',
      approval.answer,
      approval.tookMs,
      /^The approval of waiver \S+ was not saved: .*database is unreachable.*try again/i,
    ),
  ];
  return {
    passed: verdicts.every(v => v.passed),
    details: verdicts.map(v => v.detail),
  };
}
