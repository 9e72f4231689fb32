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

import {
  coreServices,
  createServiceFactory,
  type SchedulerService,
  type SchedulerServiceTaskFunction,
} from '@backstage/backend-plugin-api';

/**
 * A scheduler that never runs anything by itself: it records the tasks a
 * plugin schedules, and the benchmark runs one when it wants to time it
 * (the real scheduler would also start them on their own, in the middle of
 * a timed round).
 */
export function recordingScheduler() {
  const tasks = new Map<string, SchedulerServiceTaskFunction>();
  const run = async (id: string) => {
    const fn = tasks.get(id);
    if (!fn) {
      throw new Error(
        `No task ${id} scheduled; the plugin scheduled ${
          [...tasks.keys()].join(', ') || 'none'
        }`,
      );
    }
    await fn(new AbortController().signal);
  };
  const scheduler: SchedulerService = {
    async scheduleTask(task) {
      tasks.set(task.id, task.fn);
    },
    triggerTask: run,
    async cancelTask() {},
    createScheduledTaskRunner(schedule) {
      return { run: task => scheduler.scheduleTask({ ...schedule, ...task }) };
    },
    async getScheduledTasks() {
      return [...tasks.keys()].map(id => ({
        id,
        scope: 'global' as const,
        settings: { version: 2 },
      }));
    },
  };
  return {
    factory: createServiceFactory({
      service: coreServices.scheduler,
      deps: {},
      factory: () => scheduler,
    }),
    /** Runs the task the plugin scheduled under `id`, once, and waits for it. */
    run,
  };
}
