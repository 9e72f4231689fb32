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
  DBT_RUNS,
  dbtArtifact as artifact,
} from '../__testUtils__/dbtArtifacts';
import { readDbtArtifacts } from './readDbtArtifacts';

const { freshness: FRESHNESS } = DBT_RUNS;

describe('readDbtArtifacts on source freshness', () => {
  it('gives source freshness as a freshness check and the newest load time', () => {
    const { runs, problems } = readDbtArtifacts({
      sources: artifact(FRESHNESS, 'sources.json'),
    });
    expect(problems).toEqual([]);
    expect(runs).toEqual([
      {
        tool: 'dbt',
        runId: 'project_name',
        job: 'dbt source freshness',
        finishedAt: '2025-01-01T11:22:45.555Z',
        state: 'complete',
        datasets: [
          {
            label: 'sample_source',
            keys: ['dbt:sample_source'],
            role: 'checked',
            newestDataAt: '2025-01-01T11:02:27.087Z',
            checks: [
              {
                name: 'freshness of sample_source',
                status: 'pass',
                kind: 'freshness',
                message:
                  'newest row loaded at 2025-01-01T11:02:27.087Z; warn after 24 hour',
              },
            ],
          },
        ],
      },
    ]);
  });

  it('fails the freshness run on a stale source or a failed query', () => {
    const sources = artifact(FRESHNESS, 'sources.json');
    const [result] = sources.results;
    sources.results = [
      { ...result, unique_id: 'source.shop.raw.orders', status: 'error' },
      {
        unique_id: 'source.shop.raw.payments',
        status: 'runtime error',
        error: 'Database Error: relation does not exist',
      },
    ];
    const { runs } = readDbtArtifacts({ sources });
    expect(runs[0].state).toBe('fail');
    expect(
      runs[0].datasets.map(d => [
        d.label,
        d.checks[0].status,
        d.checks[0].message,
        d.newestDataAt,
      ]),
    ).toEqual([
      [
        'source.shop.raw.orders',
        'fail',
        'newest row loaded at 2025-01-01T11:02:27.087Z; warn after 24 hour',
        '2025-01-01T11:02:27.087Z',
      ],
      [
        'source.shop.raw.payments',
        'error',
        'Database Error: relation does not exist',
        undefined,
      ],
    ]);
  });
});
