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

import type { DataProductEntityV1alpha1, DataProductSpec } from '../entity';
import { compileConfigRules, ConfigRuleDefinition } from './configRules';
import { evaluateDataProduct } from './evaluateDataProduct';

function product(spec: Partial<DataProductSpec>): DataProductEntityV1alpha1 {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'ledger', annotations: { 'meshwork.dev/odps-id': 'x' } },
    spec: {
      owner: 'finance-data',
      domain: 'finance',
      status: 'active',
      ...spec,
    },
  };
}

function stateOf(
  definition: Omit<ConfigRuleDefinition, 'id' | 'level'>,
  spec: Partial<DataProductSpec>,
) {
  const rules = compileConfigRules(
    [{ id: 'custom', level: 'silver', ...definition }],
    [],
  );
  const [result] = evaluateDataProduct(product(spec), rules, {
    findEntity: () => undefined,
  }).results;
  return result.message ? `${result.state}: ${result.message}` : result.state;
}

describe('compileConfigRules', () => {
  it('runs the governance example of the README, only where it applies', () => {
    const example = {
      title: 'Finance products are restricted',
      appliesTo: { domain: ['finance'] },
      check: {
        path: 'spec.classification',
        operator: 'in',
        value: ['confidential', 'restricted'],
      },
    };
    expect(stateOf(example, { classification: 'restricted' })).toBe('pass');
    expect(stateOf(example, { classification: 'internal' })).toBe(
      'fail: Finance products are restricted: spec.classification in ["confidential","restricted"].',
    );
    expect(
      stateOf(example, { domain: 'sales', classification: 'public' }),
    ).toBe('not-applicable: Applies only to products whose domain is finance.');
  });

  it.each([
    [
      'exists',
      { path: 'spec.purpose', operator: 'exists' },
      { purpose: 'why' },
      { purpose: '' },
    ],
    [
      'equals',
      { path: 'spec.type', operator: 'equals', value: 'aggregate' },
      { type: 'aggregate' },
      { type: 'source-aligned' },
    ],
    [
      'notEquals',
      { path: 'spec.status', operator: 'notEquals', value: 'retired' },
      { status: 'active' },
      { status: 'retired' },
    ],
    [
      'matches',
      { path: 'spec.version', operator: 'matches', value: '^[1-9]' },
      { version: '2.0.0' },
      { version: '0.1.0' },
    ],
    [
      'minLength',
      { path: 'spec.purpose', operator: 'minLength', value: 10 },
      { purpose: 'long enough' },
      { purpose: 'short' },
    ],
    [
      'gte',
      { path: 'spec.customProperties.costCentre', operator: 'gte', value: 100 },
      { customProperties: { costCentre: 100 } },
      { customProperties: { costCentre: 99 } },
    ],
    [
      'lte',
      { path: 'spec.customProperties.costCentre', operator: 'lte', value: 100 },
      { customProperties: { costCentre: 100 } },
      {},
    ],
  ] as const)('%s passes and fails', (_, check, passing, failing) => {
    expect(stateOf({ check: check as any }, passing as any)).toBe('pass');
    expect(stateOf({ check: check as any }, failing as any)).toMatch(/^fail: /);
  });

  it('checks every or some item of a list', () => {
    const every = {
      path: 'spec.outputPorts',
      operator: 'every',
      check: { path: 'sla.freshness', operator: 'exists' },
    };
    const some = { ...every, operator: 'some' };
    const ports = [{ name: 'a', sla: { freshness: 'PT1H' } }, { name: 'b' }];
    expect(stateOf({ check: every }, { outputPorts: [ports[0]] })).toBe('pass');
    expect(stateOf({ check: every }, { outputPorts: ports })).toMatch(
      /^fail: /,
    );
    expect(stateOf({ check: some }, { outputPorts: ports })).toBe('pass');
    expect(stateOf({ check: some }, { outputPorts: [ports[1]] })).toMatch(
      /^fail: /,
    );
  });

  it('rejects a bad rule at startup, naming the rule and the field', () => {
    const compile =
      (definition: object, known: string[] = []) =>
      () =>
        compileConfigRules([definition as ConfigRuleDefinition], known);
    const check = { path: 'spec.classification', operator: 'exists' };
    expect(compile({ id: 'r', level: 'platinum', check })).toThrow(
      'dataProducts.scorecard.rules[0] (r).level: found "platinum"; expected one of bronze, silver, gold',
    );
    expect(
      compile({
        id: 'r',
        level: 'gold',
        check: { path: 'spec.clasification', operator: 'exists' },
      }),
    ).toThrow(
      'dataProducts.scorecard.rules[0] (r).check.path: "spec.clasification" is not a field of a DataProduct: unknown "clasification"; did you mean "classification"?',
    );
    expect(
      compile({
        id: 'r',
        level: 'gold',
        check: { path: 'status.x', operator: 'exists' },
      }),
    ).toThrow(
      '(r).check.path: found "status.x"; expected a path under metadata or spec, the fields domain owners write',
    );
    expect(
      compile({
        id: 'r',
        level: 'gold',
        check: { ...check, operator: 'contains' },
      }),
    ).toThrow(
      'dataProducts.scorecard.rules[0] (r).check.operator: found "contains"; expected one of exists, equals, notEquals, in, matches, minLength, gte, lte, every, some',
    );
    expect(
      compile({
        id: 'r',
        level: 'gold',
        check: { ...check, operator: 'in', value: 'restricted' },
      }),
    ).toThrow('(r).check.value: expected a list for operator in');
    expect(
      compile({
        id: 'r',
        level: 'gold',
        check: { ...check, operator: 'matches', value: '(' },
      }),
    ).toThrow('(r).check.value: not a valid regular expression');
    expect(
      compile({
        id: 'r',
        level: 'gold',
        check: { path: 'spec.outputPorts', operator: 'every' },
      }),
    ).toThrow('(r).check.check: missing; every needs a check for each item');
    expect(
      compile({
        id: 'r',
        level: 'gold',
        check: {
          path: 'spec.outputPorts',
          operator: 'every',
          check: { path: 'sla.freshnes', operator: 'exists' },
        },
      }),
    ).toThrow(
      '(r).check.check.path: "sla.freshnes" is not a field of a DataProduct: unknown "freshnes"; did you mean "freshness"?',
    );
    expect(
      compile({ id: 'has-owner', level: 'gold', check }, ['has-owner']),
    ).toThrow('(has-owner).id: "has-owner" is already the id of another rule');
    expect(compile({ id: 'Bad Id', level: 'gold', check })).toThrow(
      '.id: expected a kebab-case rule id',
    );
  });
});
