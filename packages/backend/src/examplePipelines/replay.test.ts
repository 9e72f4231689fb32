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

import { replayedAt } from './replay';

describe('replayedAt', () => {
  it('moves every timestamp so the latest is the given end, keeping the gaps and everything else', () => {
    const run = {
      metadata: {
        generated_at: '2026-12-07T02:05:30.118204Z',
        dbt_version: '1.8.9',
      },
      results: [
        {
          timing: [
            {
              started_at: '2026-12-07T02:00:05.000000Z',
              completed_at: '2026-12-07T02:03:41Z',
            },
          ],
        },
      ],
      eventTime: '2026-12-07T03:00:00+01:00',
      note: 'built 2026-12-07T02:00:05Z',
    };
    expect(replayedAt(run, new Date('2026-12-10T12:00:00.000Z'))).toEqual({
      metadata: {
        generated_at: '2026-12-10T12:00:00.000Z',
        dbt_version: '1.8.9',
      },
      results: [
        {
          timing: [
            {
              started_at: '2026-12-10T11:54:34.882Z',
              completed_at: '2026-12-10T11:58:10.882Z',
            },
          ],
        },
      ],
      eventTime: '2026-12-10T11:54:29.882Z',
      note: 'built 2026-12-07T02:00:05Z',
    });
  });

  it('leaves a document without timestamps as it is', () => {
    expect(replayedAt({ a: [1, 'x'] }, new Date())).toEqual({ a: [1, 'x'] });
  });
});
