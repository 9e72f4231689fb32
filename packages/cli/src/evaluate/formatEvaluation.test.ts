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

import { formatEvaluation, formatEvaluationSummary } from './formatEvaluation';
import { belowLevel, isScorecardLevel } from './levels';
import type { EvaluatedProduct } from './types';

const orders: EvaluatedProduct = {
  entityRef: 'dataproduct:default/orders',
  level: 'silver',
  score: 88,
  results: [
    {
      ruleId: 'has-owner',
      title: 'Has an owner',
      level: 'bronze',
      weight: 1,
      state: 'pass',
    },
    {
      ruleId: 'fresh-within-sla',
      title: 'Fresh within its SLA',
      level: 'gold',
      weight: 1,
      state: 'no-data',
      message: 'No freshness fact reported for port orders-daily.',
    },
    {
      ruleId: 'has-contract',
      title: 'Has a contract',
      level: 'gold',
      weight: 1,
      state: 'fail',
      message: 'Link an API to each output port.',
    },
  ],
};

const payments: EvaluatedProduct = {
  entityRef: 'dataproduct:default/payments',
  level: 'none',
  score: 0,
  results: [],
};

describe('formatEvaluation', () => {
  it('heads each product with its level and score, failures first', () => {
    expect(formatEvaluation([orders, payments])).toEqual([
      'dataproduct:default/orders: level silver, score 88/100',
      '  [gold] has-contract (Has a contract): fail: Link an API to each output port.',
      '  [gold] fresh-within-sla (Fresh within its SLA): no-data: No freshness fact reported for port orders-daily.',
      '  [bronze] has-owner (Has an owner): pass',
      '',
      'dataproduct:default/payments: level none, score 0/100',
    ]);
  });

  it('leaves the order of the backend results alone', () => {
    const results = [...orders.results];
    formatEvaluation([orders]);
    expect(orders.results).toEqual(results);
  });
});

/** A column removed from a port without a new major version, and one allowed by one. */
const changed: EvaluatedProduct = {
  ...payments,
  changes: {
    changes: [
      {
        severity: 'compatible',
        kind: 'column-added',
        field:
          'spec.outputPorts[0] › api:default/payments › schema[0].properties[3]',
        port: 'payments v1.3.0',
        message: 'column payments.currency was added',
      },
      {
        severity: 'breaking',
        kind: 'column-removed',
        field:
          'spec.outputPorts[0] › api:default/payments › schema[0].properties[2]',
        port: 'payments v1.3.0',
        portKey: 'payments@1',
        message: 'column payments.amount was removed',
        readers: ['dataproduct:default/billing'],
      },
      {
        severity: 'breaking',
        kind: 'port-removed',
        field: 'spec.outputPorts[1]',
        port: 'refunds v0.2.0',
        message: 'output port refunds v0.2.0 was removed',
        allowedBy: 'initial-development',
        readers: [],
      },
    ],
    unversioned: [],
  },
};
changed.changes!.unversioned = [changed.changes!.changes[1]];

describe('changes against the catalog', () => {
  it("lists them under the scorecard in meshwork diff's words, breaking first", () => {
    expect(formatEvaluation([changed])).toEqual([
      'dataproduct:default/payments: level none, score 0/100',
      '  Changes against the catalog: 3 changes, 1 breaking without a new major version',
      '    BREAKING spec.outputPorts[0] › api:default/payments › schema[0].properties[2]: port payments v1.3.0: column payments.amount was removed; read by dataproduct:default/billing',
      '    BREAKING spec.outputPorts[1]: port refunds v0.2.0: output port refunds v0.2.0 was removed; allowed: the port is at 0.x (initial development); no known reader',
      '    compatible spec.outputPorts[0] › api:default/payments › schema[0].properties[3]: port payments v1.3.0: column payments.currency was added',
    ]);
  });

  it('says none when the catalog version is the same, and nothing for a product new to it', () => {
    const same = { ...payments, changes: { changes: [], unversioned: [] } };
    expect(formatEvaluation([same, orders]).slice(0, 3)).toEqual([
      'dataproduct:default/payments: level none, score 0/100',
      '  Changes against the catalog: none',
      '',
    ]);
    expect(formatEvaluation([orders])).not.toContainEqual(
      expect.stringContaining('Changes against the catalog'),
    );
  });

  it('counts the breaking changes without a new major version in the summary', () => {
    expect(
      formatEvaluationSummary('c.yaml', [changed, changed], {
        level: 'bronze',
        below: [changed],
      }),
    ).toBe(
      'meshwork evaluate: c.yaml: 2 data products evaluated, nothing stored; 2 breaking changes without a new major version; below --min-level bronze: dataproduct:default/payments (none)',
    );
  });
});

describe('formatEvaluationSummary', () => {
  it('counts the products and names those below --min-level', () => {
    expect(formatEvaluationSummary('c.yaml', [orders])).toBe(
      'meshwork evaluate: c.yaml: 1 data product evaluated, nothing stored',
    );
    expect(
      formatEvaluationSummary('c.yaml', [orders, payments], {
        level: 'bronze',
        below: [payments],
      }),
    ).toBe(
      'meshwork evaluate: c.yaml: 2 data products evaluated, nothing stored; below --min-level bronze: dataproduct:default/payments (none)',
    );
    expect(
      formatEvaluationSummary('c.yaml', [orders], {
        level: 'silver',
        below: [],
      }),
    ).toBe(
      'meshwork evaluate: c.yaml: 1 data product evaluated, nothing stored; all at silver or above',
    );
  });
});

describe('levels', () => {
  it('ranks none below bronze below silver below gold', () => {
    expect(belowLevel([orders, payments], 'bronze')).toEqual([payments]);
    expect(belowLevel([orders, payments], 'silver')).toEqual([payments]);
    expect(belowLevel([orders, payments], 'gold')).toEqual([orders, payments]);
  });

  it('knows the levels --min-level takes', () => {
    expect(['bronze', 'silver', 'gold'].every(isScorecardLevel)).toBe(true);
    expect(isScorecardLevel('none')).toBe(false);
    expect(isScorecardLevel('Gold')).toBe(false);
  });
});
