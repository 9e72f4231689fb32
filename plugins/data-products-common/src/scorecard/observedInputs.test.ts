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
import { inputsObservedRule } from './observedInputs';
import type { DataProductFact, ObservedInput } from './index';

const now = new Date('2026-12-07T12:00:00Z');

const orders: DataProductEntityV1alpha1 = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'orders', namespace: 'default' },
  spec: {
    owner: 'group:sales-data',
    inputPorts: [
      { name: 'customers', dataProduct: 'customers', port: 'table' },
      { name: 'erp' },
    ],
  },
} as DataProductEntityV1alpha1;

function judge(inputs?: ObservedInput[]) {
  const fact: DataProductFact | undefined = inputs && {
    entityRef: 'dataproduct:default/orders',
    name: 'observed-inputs',
    value: { inputs },
    observedAt: now.toISOString(),
  };
  return inputsObservedRule.check({
    entity: orders,
    findEntity: () => undefined,
    latestFact: name => (name === 'observed-inputs' ? fact : undefined),
    now,
    qualityThreshold: 0.95,
  });
}

const read = (label: string, product?: string, daysAgo = 1): ObservedInput => ({
  label,
  ...(product ? { product, port: 'table' } : {}),
  job: 'airflow/orders_daily',
  lastSeenAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
});

describe('inputs-observed', () => {
  it('does not apply until lineage was observed', () => {
    expect(judge()).toMatchObject({ state: 'not-applicable' });
  });

  it('passes when the jobs read exactly the declared upstream products, raw sources aside', () => {
    expect(
      judge([
        read(
          'postgres://crm:5432/crm.public.customers',
          'dataproduct:default/customers',
        ),
        read('s3://erp-exports/orders/'),
      ]),
    ).toEqual({ state: 'pass' });
  });

  it('names an upstream product read without an input port', () => {
    expect(
      judge([
        read(
          'postgres://crm:5432/crm.public.customers',
          'dataproduct:default/customers',
        ),
        read(
          'postgres://wh:5432/analytics.payments',
          'dataproduct:default/payments',
        ),
      ]),
    ).toEqual({
      state: 'fail',
      message:
        'Reads postgres://wh:5432/analytics.payments (dataproduct:default/payments) without an input port for it.',
    });
  });

  it('names a declared input no job read within the window', () => {
    expect(
      judge([
        read(
          'postgres://crm:5432/crm.public.customers',
          'dataproduct:default/customers',
          45,
        ),
      ]),
    ).toEqual({
      state: 'fail',
      message: 'Input ports customers were not read by any job in 30 days.',
    });
  });
});
