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

import type { BenchmarkedEngine } from './ourEngine';
import { collectGarbage, median, timed } from './measure';

export interface EngineTiming {
  /** How many products one timed round evaluated. */
  products: number;
  /** Median seconds of a round. */
  seconds: number;
  rounds: number;
}

type Timed<T> = { timing: EngineTiming; value: T };

/**
 * Times both engines in alternating rounds, each after a full garbage
 * collection: on a shared machine a busy moment then slows a round of each
 * rather than all rounds of one. Both warm up on the same products first,
 * so neither is timed while its code is still being optimised.
 */
export async function raceEngines<A, B>(
  ours: BenchmarkedEngine<A>,
  techInsights: BenchmarkedEngine<B>,
  options: {
    products: number;
    techInsightsSample: number;
    warmup: number;
    rounds: number;
  },
): Promise<{ ours: Timed<A>; techInsights: Timed<B> }> {
  for (let round = 0; round < 2; round++) {
    await ours.evaluate(options.warmup);
    await techInsights.evaluate(options.warmup);
  }
  const oursRounds: Array<{ seconds: number; value: A }> = [];
  const theirRounds: Array<{ seconds: number; value: B }> = [];
  for (let round = 0; round < options.rounds; round++) {
    collectGarbage();
    oursRounds.push(await timed(() => ours.evaluate(options.products)));
    collectGarbage();
    theirRounds.push(
      await timed(() => techInsights.evaluate(options.techInsightsSample)),
    );
  }
  const summary = <T>(
    rounds: Array<{ seconds: number; value: T }>,
    products: number,
  ): Timed<T> => ({
    timing: {
      products,
      seconds: median(rounds.map(r => r.seconds)),
      rounds: rounds.length,
    },
    value: rounds[rounds.length - 1].value,
  });
  return {
    ours: summary(oursRounds, options.products),
    techInsights: summary(theirRounds, options.techInsightsSample),
  };
}
