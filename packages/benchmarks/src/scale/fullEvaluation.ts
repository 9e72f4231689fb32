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

import type { BackendProcess } from '../backendProcess';
import { findLine, type LogFollower } from './backendLog';
import {
  FULL_EVALUATION_LINE,
  readFullEvaluationLine,
  type FullEvaluationLine,
} from './evaluationLine';

const TASKS = '/api/data-products/.backstage/scheduler/v1/tasks';
const TASK_ID = 'data-products-evaluate';
const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export interface TimedEvaluation extends FullEvaluationLine {
  /** From the run's start (the scheduler's) to its log line, as read. */
  seconds: number;
  /** Which replica ran it, from 1. */
  replica: number;
  /** False when it ended before it was seen running: timed from the trigger then. */
  startSeen: boolean;
}

/**
 * Runs the scorecard's full evaluation now, through the scheduler's trigger
 * on the first replica, and times it from the moment a replica's scheduler
 * started it (the task's `startedAt`, read every 200 ms) to its closing log
 * line on that replica: the scheduler's pickup (up to 5 s) is left out.
 */
export async function timeFullEvaluation(
  replicas: BackendProcess[],
  logs: LogFollower[],
  timeoutMs: number,
): Promise<TimedEvaluation> {
  const marks = logs.map(log => log.count);
  const deadline = Date.now() + timeoutMs;
  let triggeredAt = 0;
  // 409 while a run is on (the one at startup, on a large catalog).
  for (;;) {
    try {
      await replicas[0].post(`${TASKS}/${TASK_ID}/trigger`);
      triggeredAt = Date.now();
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await delay(1000);
    }
  }
  let startedAt: number | undefined;
  for (;;) {
    if (startedAt === undefined) {
      const { tasks } = await replicas[0].get(TASKS);
      const state = tasks.find(
        (t: { taskId: string }) => t.taskId === TASK_ID,
      )?.taskState;
      if (state?.status === 'running') startedAt = Date.parse(state.startedAt);
    }
    const ended = findLine(logs, FULL_EVALUATION_LINE, marks);
    if (ended) {
      const { line, index } = ended;
      return {
        ...readFullEvaluationLine(line.message)!,
        seconds: (line.at - (startedAt ?? triggeredAt)) / 1000,
        replica: index + 1,
        startSeen: startedAt !== undefined,
      };
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the full evaluation did not end in ${timeoutMs / 60_000} min`,
      );
    }
    await delay(200);
  }
}
