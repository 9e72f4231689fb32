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

import type { DataProductChange } from '../diff';
import type { DataProductEntityV1alpha1 } from '../entity';
import { noUnversionedBreakingChangeRule } from './breakingChangeRule';
import { factValueProblem } from './facts';
import type { DataProductFact } from './types';

const product: DataProductEntityV1alpha1 = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'orders', namespace: 'default' },
  spec: { owner: 'group:sales', domain: 'sales', status: 'active' },
};

const removed = (column: string, index: number): DataProductChange => ({
  severity: 'breaking',
  kind: 'column-removed',
  field: `spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[${index}]`,
  port: 'orders v1.2.0',
  portKey: 'orders@1',
  message: `column orders.${column} was removed`,
});

function check(value?: unknown) {
  const fact: DataProductFact | undefined = value
    ? {
        entityRef: 'dataproduct:default/orders',
        name: 'breaking-changes',
        value,
        observedAt: '2026-12-01T08:00:00Z',
      }
    : undefined;
  return noUnversionedBreakingChangeRule.check({
    entity: product,
    findEntity: () => undefined,
    latestFact: name => (name === 'breaking-changes' ? fact : undefined),
    now: new Date('2026-12-01T09:00:00Z'),
    qualityThreshold: 0.95,
  });
}

describe('no-unversioned-breaking-change', () => {
  it('does not apply before any version of the product was compared', () => {
    expect(check()).toEqual({
      state: 'not-applicable',
      message: 'No change seen since the product was first evaluated.',
    });
  });

  it('fails naming the first changes, how many more, and the fix', () => {
    const changes = ['customer_id', 'amount', 'note', 'currency'].map(removed);
    expect(
      check({
        unversioned: changes,
        total: 6,
        since: '1.4.0',
        detectedAt: '2026-12-01T08:00:00Z',
      }),
    ).toEqual({
      state: 'fail',
      message:
        'Breaking changes since version 1.4.0 without a new major version: ' +
        'spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[0]: column orders.customer_id was removed; ' +
        'spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[1]: column orders.amount was removed; ' +
        'spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[2]: column orders.note was removed; and 3 more. ' +
        "Bump the port's major version (a new port, keeping the old one deprecated while its readers move) or the product's, or restore what changed.",
    });
  });

  it('passes once the owner restored what was removed or bumped a major version', () => {
    expect(
      check({ unversioned: [], detectedAt: '2026-12-01T08:00:00Z' }),
    ).toEqual({ state: 'pass' });
  });

  it('is written by the backend only: a pipeline cannot report it', () => {
    expect(factValueProblem('breaking-changes', { unversioned: [] })).toBe(
      'the backend writes breaking-changes itself, from the versions the catalog held; it cannot be reported',
    );
  });
});
