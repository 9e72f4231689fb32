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

import { RunReadContext } from '../readContext';
import { RunDatasets } from '../runDatasets';
import { ToolCheck, ToolDataset, ToolRun, ToolRunState } from '../types';
import { FacetCheck } from './olFacets';

/** The run state an event type gives (2-0-2: START, RUNNING, COMPLETE, ABORT, FAIL, OTHER). */
export const EVENT_STATES: Record<string, ToolRunState> = {
  START: 'running',
  RUNNING: 'running',
  COMPLETE: 'complete',
  FAIL: 'fail',
  ABORT: 'fail',
  OTHER: 'other',
};

const TERMINAL_STATES = new Set<ToolRunState>(['complete', 'fail']);

/**
 * One OpenLineage run, built from its events (START, RUNNING, then COMPLETE,
 * FAIL or ABORT), whichever order they come in: an ending event's state wins
 * over a start's, a later event's over an earlier one's. An event that
 * repeats a dataset's assertions replaces the earlier ones, so a check
 * reported at START and at COMPLETE counts once, with its latest outcome.
 */
export class OpenLineageRun {
  private state: ToolRunState = 'other';
  private stateTime: string | undefined;
  private seen = false;
  private link: string | undefined;
  readonly datasets: RunDatasets;
  private readonly checks = new Map<
    string,
    { dataset: ToolDataset; check: ToolCheck; time: string }
  >();

  constructor(
    private readonly ctx: RunReadContext,
    private readonly runId: string | undefined,
    private readonly job: string | undefined,
  ) {
    this.datasets = new RunDatasets(ctx);
  }

  applyEvent(state: ToolRunState, time: string | undefined): void {
    const terminal = TERMINAL_STATES.has(state);
    const wasTerminal = TERMINAL_STATES.has(this.state);
    const later = !this.stateTime || !time || time >= this.stateTime;
    if (
      !this.seen ||
      (terminal && !wasTerminal) ||
      (terminal === wasTerminal && later)
    ) {
      this.state = state;
      this.stateTime = time;
      this.seen = true;
    }
  }

  linkTo(link: string | undefined): void {
    this.link ??= link;
  }

  /** Adds the checks one event reported on a dataset, replacing what an earlier event said. */
  addChecks(
    dataset: ToolDataset,
    found: FacetCheck[],
    time: string | undefined,
  ): void {
    const occurrences = new Map<string, number>();
    for (const { check, path } of found) {
      const occurrence = occurrences.get(check.name) ?? 0;
      occurrences.set(check.name, occurrence + 1);
      const key = `${dataset.label}\u0000${check.name}\u0000${occurrence}`;
      const at = time ?? '';
      const earlier = this.checks.get(key);
      if (earlier) {
        if (at >= earlier.time)
          this.checks.set(key, { dataset, check, time: at });
      } else if (this.ctx.keepCheck(path)) {
        this.checks.set(key, { dataset, check, time: at });
      }
    }
  }

  toRun(): ToolRun {
    for (const { dataset, check } of this.checks.values()) {
      dataset.checks.push(check);
    }
    return {
      tool: 'openlineage',
      ...(this.runId ? { runId: this.runId } : {}),
      ...(this.job ? { job: this.job } : {}),
      ...(this.stateTime ? { finishedAt: this.stateTime } : {}),
      state: this.state,
      ...(this.link ? { link: this.link } : {}),
      datasets: this.datasets.list(),
    };
  }
}
