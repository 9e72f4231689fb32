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

import { describeTimings, phaseTimer } from './evaluationTimings';

describe('phaseTimer', () => {
  it('adds each lap to its phase, phases taking turns, and says where the time went', () => {
    let now = 0;
    const timer = phaseTimer(() => now);
    now = 5000;
    timer.lap('catalogRead');
    now = 5500;
    timer.lap('facts');
    for (let page = 0; page < 2; page++) {
      now += 1000;
      timer.lap('evaluation');
      now += 250;
      timer.lap('storage');
    }
    const timings = timer.timings();
    expect(timings).toEqual({
      catalogRead: 5000,
      changes: 0,
      facts: 500,
      evaluation: 2000,
      storage: 500,
      total: 8000,
    });
    expect(describeTimings(timings)).toBe(
      'in 8.0 s (catalog read 5.0 s, changes 0 ms, facts 500 ms, evaluation 2.0 s, storage 500 ms)',
    );
  });
});
