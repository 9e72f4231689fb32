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

import { ConfigReader } from '@backstage/config';
import { activeRules } from './activeRules';

import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';

const withScorecard = (scorecard: object) =>
  new ConfigReader({ dataProducts: { scorecard } });

describe('activeRules', () => {
  it('is the built-in pack by default', () => {
    expect(activeRules(new ConfigReader({})).map(r => r.id)).toEqual(
      builtinScorecardRules.map(r => r.id),
    );
  });

  it('drops disabled rules and adds the governance group config rules', () => {
    const rules = activeRules(
      withScorecard({
        disabledRules: ['has-steward'],
        rules: [
          {
            id: 'finance-needs-restricted',
            level: 'silver',
            appliesTo: { domain: ['finance'] },
            check: {
              path: 'spec.classification',
              operator: 'in',
              value: ['confidential', 'restricted'],
            },
          },
        ],
      }),
    );
    expect(rules.map(r => r.id)).not.toContain('has-steward');
    expect(rules.map(r => r.id)).toContain('finance-needs-restricted');
    // one dropped, one added
    expect(rules).toHaveLength(builtinScorecardRules.length);
  });

  it('fails at startup on an unknown disabled rule or a bad config rule', () => {
    expect(() =>
      activeRules(withScorecard({ disabledRules: ['has-stewart'] })),
    ).toThrow(
      'dataProducts.scorecard.disabledRules: unknown rule ids has-stewart',
    );
    expect(() =>
      activeRules(
        withScorecard({
          rules: [
            {
              id: 'x',
              level: 'silver',
              check: { path: 'spec.clasification', operator: 'exists' },
            },
          ],
        }),
      ),
    ).toThrow('did you mean "classification"?');
  });
});
