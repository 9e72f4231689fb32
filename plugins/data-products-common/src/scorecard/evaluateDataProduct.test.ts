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

import type { DataProductEntityV1alpha1 } from '../entity';
import { evaluateDataProduct } from './evaluateDataProduct';
import type { CheckOutcome, ScorecardRule } from './types';

const entity: DataProductEntityV1alpha1 = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'orders' },
  spec: { owner: 'sales-data', domain: 'sales', status: 'active' },
};

function rule(
  id: string,
  level: ScorecardRule['level'],
  outcome: CheckOutcome,
  extra: Partial<ScorecardRule> = {},
): ScorecardRule {
  return {
    id,
    level,
    title: id,
    description: id,
    check: () => outcome,
    ...extra,
  };
}
const pass: CheckOutcome = { state: 'pass' };
const fail: CheckOutcome = { state: 'fail', message: 'fix it' };
const now = new Date('2026-11-21T12:00:00Z');

function evaluate(
  rules: ScorecardRule[],
  waivers = [] as Array<{ ruleId: string; expiresAt: string }>,
) {
  return evaluateDataProduct(entity, rules, {
    findEntity: () => undefined,
    now,
    waivers: waivers.map(w => ({
      entityRef: 'dataproduct:default/orders',
      ...w,
    })),
  });
}

describe('evaluateDataProduct', () => {
  it('reaches the highest level whose rules and every lower level pass', () => {
    expect(
      evaluate([
        rule('b', 'bronze', pass),
        rule('s', 'silver', pass),
        rule('g', 'gold', fail),
      ]).level,
    ).toBe('silver');
    expect(
      evaluate([
        rule('b', 'bronze', fail),
        rule('s', 'silver', pass),
        rule('g', 'gold', pass),
      ]).level,
    ).toBe('none');
    expect(
      evaluate([
        rule('b', 'bronze', pass),
        rule('s', 'silver', fail),
        rule('g', 'gold', pass),
      ]).level,
    ).toBe('bronze');
    expect(
      evaluate([rule('b', 'bronze', pass), rule('g', 'gold', pass)]).level,
    ).toBe('gold');
  });

  it('ignores not-applicable and broken checks for level and score, and counts no-data and warn against', () => {
    const result = evaluate([
      rule('b', 'bronze', pass),
      rule('n', 'bronze', { state: 'not-applicable', message: 'n/a' }),
      rule('e', 'silver', pass, {
        check: () => {
          throw new Error('boom');
        },
      }),
      rule('d', 'gold', { state: 'no-data', message: 'report it' }),
    ]);
    expect(result.results.map(r => r.state)).toEqual([
      'pass',
      'not-applicable',
      'error',
      'no-data',
    ]);
    expect(result.results[2].message).toBe('The check failed to run: boom');
    expect(result.level).toBe('silver');
    expect(result.score).toBe(50);
    expect(
      evaluate([
        rule('b', 'bronze', pass),
        rule('w', 'bronze', { state: 'warn', message: 'soon' }),
      ]).level,
    ).toBe('none');
  });

  it('weighs the score', () => {
    expect(
      evaluate([
        rule('a', 'bronze', pass, { weight: 3 }),
        rule('b', 'bronze', fail),
      ]).score,
    ).toBe(75);
  });

  it('turns a failure into a warning before the rule is enforced', () => {
    const [result] = evaluate([
      rule('new', 'bronze', fail, { enforcedFrom: '2027-01-01' }),
    ]).results;
    expect(result).toMatchObject({
      state: 'warn',
      message: 'fix it (enforced from 2027-01-01)',
    });
    expect(
      evaluate([rule('old', 'bronze', fail, { enforcedFrom: '2026-01-01' })])
        .results[0].state,
    ).toBe('fail');
  });

  it('exempts a failing rule while its waiver is in force, and not after it expires', () => {
    const rules = [
      rule('b', 'bronze', pass),
      rule('s', 'silver', fail),
      rule('g', 'gold', fail),
    ];
    const waived = evaluate(rules, [
      { ruleId: 's', expiresAt: '2026-12-01T00:00:00Z' },
    ]);
    expect(waived.results[1]).toMatchObject({
      state: 'exempt',
      message: 'Waived until 2026-12-01: fix it',
    });
    expect(waived).toMatchObject({ level: 'silver', score: 67 });
    const expired = evaluate(rules, [
      { ruleId: 's', expiresAt: '2026-11-20T00:00:00Z' },
    ]);
    expect(expired.results[1].state).toBe('fail');
    expect(
      evaluate(rules, [{ ruleId: 'other', expiresAt: '2027-01-01' }]).results[1]
        .state,
    ).toBe('fail');
  });

  it('skips rules that do not apply to the product, saying why', () => {
    const [result] = evaluate([
      rule('fin', 'silver', fail, { appliesTo: { domain: ['finance'] } }),
    ]).results;
    expect(result).toMatchObject({
      state: 'not-applicable',
      message: 'Applies only to products whose domain is finance.',
    });
  });
});
