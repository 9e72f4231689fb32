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

import type {
  RuleResult,
  ScorecardRuleSummary,
} from '@meshwork/plugin-data-products-common';
import { waiver } from './__testUtils__/renderScorecardTab';
import { groupRuleRows } from './ruleRows';

const rule = (
  id: string,
  level: ScorecardRuleSummary['level'],
): ScorecardRuleSummary => ({
  id,
  title: `Rule ${id}`,
  description: `Do ${id}`,
  level,
  weight: 1,
  reads: [],
});
const result = (id: string, state: RuleResult['state']): RuleResult => ({
  ruleId: id,
  title: `Old title ${id}`,
  level: 'silver',
  weight: 1,
  state,
});

describe('groupRuleRows', () => {
  it('joins results, rules and open waivers by level, failing first', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    const groups = groupRuleRows(
      [
        result('a', 'pass'),
        result('b', 'not-applicable'),
        result('c', 'warn'),
        result('d', 'fail'),
        result('gone', 'fail'),
      ],
      [rule('a', 'silver'), rule('b', 'silver'), rule('c', 'silver')].concat(
        rule('d', 'silver'),
        rule('new', 'gold'),
      ),
      [
        waiver({ ruleId: 'c', status: 'expired' }),
        waiver({ ruleId: 'd', status: 'requested' }),
        waiver({
          ruleId: 'a',
          status: 'approved',
          expiresAt: '2026-01-01T00:00:00Z',
        }),
      ],
      now,
    );
    expect(groups.silver.map(r => [r.id, r.state])).toEqual([
      ['d', 'fail'],
      ['gone', 'fail'],
      ['c', 'warn'],
      ['a', 'pass'],
      ['b', 'not-applicable'],
    ]);
    expect(groups.silver[0]).toMatchObject({
      title: 'Rule d',
      description: 'Do d',
      openWaiver: { status: 'requested' },
    });
    expect(groups.silver[1]).toMatchObject({ title: 'Old title gone' });
    expect(groups.silver[2].openWaiver).toBeUndefined();
    expect(groups.silver[3].openWaiver).toBeUndefined();
    expect(groups.gold).toEqual([
      { id: 'new', title: 'Rule new', description: 'Do new', level: 'gold' },
    ]);
    expect(groups.bronze).toEqual([]);
  });
});
