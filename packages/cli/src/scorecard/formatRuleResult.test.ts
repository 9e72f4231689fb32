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

import { byAttention, formatRuleResult } from './formatRuleResult';

describe('formatRuleResult', () => {
  it('writes [LEVEL] RULE: STATE, with the message when there is one', () => {
    expect(
      formatRuleResult({ ruleId: 'has-owner', level: 'bronze', state: 'pass' }),
    ).toBe('[bronze] has-owner: pass');
    expect(
      formatRuleResult({
        ruleId: 'is-versioned',
        level: 'silver',
        state: 'fail',
        message: 'Set spec.version, e.g. 1.0.0.',
      }),
    ).toBe('[silver] is-versioned: fail: Set spec.version, e.g. 1.0.0.');
  });

  it('adds the title after the rule id when it is known', () => {
    expect(
      formatRuleResult({
        ruleId: 'fresh-within-sla',
        title: 'Fresh within its SLA',
        level: 'gold',
        state: 'no-data',
        message: 'No freshness fact reported for port orders-daily.',
      }),
    ).toBe(
      '[gold] fresh-within-sla (Fresh within its SLA): no-data: No freshness fact reported for port orders-daily.',
    );
  });
});

describe('byAttention', () => {
  it('puts failures first, passes last, and lower levels first within a state', () => {
    const rules = [
      { ruleId: 'a', level: 'bronze', state: 'pass' },
      { ruleId: 'b', level: 'gold', state: 'fail' },
      { ruleId: 'c', level: 'silver', state: 'not-applicable' },
      { ruleId: 'd', level: 'gold', state: 'no-data' },
      { ruleId: 'e', level: 'bronze', state: 'fail' },
      { ruleId: 'f', level: 'silver', state: 'warn' },
      { ruleId: 'g', level: 'silver', state: 'error' },
      { ruleId: 'h', level: 'bronze', state: 'exempt' },
      { ruleId: 'i', level: 'bronze', state: 'pass' },
    ];
    expect([...rules].sort(byAttention).map(r => r.ruleId)).toEqual([
      'e',
      'b',
      'g',
      'f',
      'd',
      'h',
      'c',
      'a',
      'i',
    ]);
  });
});
