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

import { describeQualityRule } from './describeQualityRule';
import type { OdcsQualityRule } from '@meshwork/plugin-data-products-common';

const rule = (fields: Partial<OdcsQualityRule>): OdcsQualityRule => ({
  type: 'library',
  ...fields,
});

describe('describeQualityRule', () => {
  it('words a library metric with its arguments, comparison and unit', () => {
    expect(
      describeQualityRule(
        rule({
          metric: 'duplicateValues',
          arguments: { properties: ['email'] },
          operator: ['mustBeLessOrEqualTo', 0.1],
          unit: 'percent',
          description: 'Few shared e-mails.',
        }),
      ),
    ).toEqual({
      check: 'Duplicate values of email must be at most 0.1%',
      explanation: 'Few shared e-mails.',
      code: undefined,
    });
    expect(
      describeQualityRule(
        rule({
          metric: 'invalidValues',
          arguments: { validValues: ['OPEN', 'SHIPPED'] },
          operator: ['mustBe', 0],
        }),
      ).check,
    ).toBe('Invalid values (valid values: OPEN, SHIPPED) must be 0');
    expect(
      describeQualityRule(
        rule({ metric: 'rowCount', operator: ['mustBeBetween', [10, 20]] }),
      ).check,
    ).toBe('Row count must be between 10 and 20');
  });

  it('shows the query of a SQL rule and the engine of a custom one', () => {
    expect(
      describeQualityRule(
        rule({
          type: 'sql',
          query: 'SELECT COUNT(*) FROM t',
          operator: ['mustBeLessThan', 5],
        }),
      ),
    ).toMatchObject({
      check: 'SQL query result must be less than 5',
      code: 'SELECT COUNT(*) FROM t',
    });
    expect(
      describeQualityRule(
        rule({ type: 'custom', engine: 'soda', implementation: 'checks: []' }),
      ),
    ).toMatchObject({ check: 'Checked by soda', code: 'checks: []' });
  });

  it('reads a text rule as its description', () => {
    expect(
      describeQualityRule(
        rule({ type: 'text', description: 'Every CANCEL has an INSERT.' }),
      ),
    ).toEqual({ check: 'Every CANCEL has an INSERT.' });
  });
});
