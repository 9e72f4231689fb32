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

import { compareScorecards } from './compareScorecards';

const card = (level: string, failingRuleIds: string[] = []) => ({
  entityRef: '',
  level,
  failingRuleIds,
  evaluatedAt: '2026-12-07T10:00:00.000Z',
});

describe('compareScorecards', () => {
  const before = {
    scorecards: new Map([
      ['dataproduct:default/a', card('gold')],
      ['dataproduct:default/b', card('silver', ['has-sla'])],
      ['dataproduct:default/c', card('bronze', ['has-owner'])],
    ]),
    history: new Map([
      ['dataproduct:default/a', 1],
      ['dataproduct:default/b', 2],
      ['dataproduct:default/c', 1],
    ]),
  };

  it('finds nothing when the outage changed nothing, or only what was waived meanwhile', () => {
    const after = {
      scorecards: new Map([
        ...before.scorecards,
        ['dataproduct:default/c', card('silver')],
      ]),
      history: new Map([...before.history, ['dataproduct:default/c', 2]]),
    };
    expect(
      compareScorecards(before, after, 'dataproduct:default/c').problems,
    ).toEqual([]);
  });

  it('names a product gone, a rule failing that did not, a level lost and a stray history point', () => {
    const after = {
      scorecards: new Map([
        ['dataproduct:default/a', card('silver', ['fresh-within-sla'])],
        ['dataproduct:default/b', card('silver', ['has-sla'])],
      ]),
      history: new Map([
        ['dataproduct:default/a', 2],
        ['dataproduct:default/b', 3],
      ]),
    };
    expect(
      compareScorecards(before, after, 'dataproduct:default/c').problems,
    ).toEqual([
      'dataproduct:default/a now fails fresh-within-sla',
      'dataproduct:default/a fell from gold to silver',
      'dataproduct:default/a has 1 new history point(s)',
      'dataproduct:default/b has 1 new history point(s)',
      'dataproduct:default/c is gone',
    ]);
  });
});
