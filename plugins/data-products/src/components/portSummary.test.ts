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
  describeSensitivity,
  describeSla,
  formatDuration,
} from './portSummary';

describe('port summaries', () => {
  it('reads ISO-8601 durations the way people say them', () => {
    expect(formatDuration('PT24H')).toBe('24 hours');
    expect(formatDuration('P1D')).toBe('1 day');
    expect(formatDuration('P2DT1H30M')).toBe('2 days 1 hour 30 min');
    expect(formatDuration('P2Y')).toBe('P2Y');
    expect(formatDuration(undefined)).toBeUndefined();
  });

  it('summarises SLA and sensitivity, and says nothing when nothing is declared', () => {
    expect(
      describeSla({
        name: 'a',
        sla: { freshness: 'PT1H', availability: 99.5 },
      }),
    ).toBe('fresh within 1 hour, 99.5% available');
    expect(describeSla({ name: 'a', sla: {} })).toBeUndefined();
    expect(
      describeSensitivity({ classification: 'restricted', containsPii: true }),
    ).toBe('restricted, contains PII');
    expect(describeSensitivity({})).toBeUndefined();
  });
});
