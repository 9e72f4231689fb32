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

/** Where a full evaluation's time went, in ms. */
export interface EvaluationTimings {
  /** Reading the products and what their rules look up from the catalog. */
  catalogRead: number;
  /** Comparing the products with their accepted versions. */
  changes: number;
  /** Reading the latest facts and the active waivers. */
  facts: number;
  /** Running the rules. */
  evaluation: number;
  /** Writing results and history, and forgetting products gone. */
  storage: number;
  total: number;
}

/** A full evaluation: how many products, how many changed, where the time went. */
export interface FullEvaluation {
  products: number;
  changed: number;
  timings: EvaluationTimings;
}

type Phase = Exclude<keyof EvaluationTimings, 'total'>;

/** Adds the time since the last lap to a phase: phases may take turns. */
export function phaseTimer(clock: () => number = () => performance.now()) {
  const start = clock();
  let last = start;
  const spent: Record<Phase, number> = {
    catalogRead: 0,
    changes: 0,
    facts: 0,
    evaluation: 0,
    storage: 0,
  };
  return {
    lap(phase: Phase) {
      const now = clock();
      spent[phase] += now - last;
      last = now;
    },
    timings(): EvaluationTimings {
      return { ...spent, total: last - start };
    },
  };
}

const seconds = (ms: number) =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;

/**
 * "in 12.3 s (catalog read 5.1 s, …)": the log line operators and the scale
 * benchmark read.
 */
export function describeTimings(timings: EvaluationTimings): string {
  return `in ${seconds(timings.total)} (catalog read ${seconds(
    timings.catalogRead,
  )}, changes ${seconds(timings.changes)}, facts ${seconds(
    timings.facts,
  )}, evaluation ${seconds(timings.evaluation)}, storage ${seconds(
    timings.storage,
  )})`;
}
