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

import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { ScorecardEvaluator } from './ScorecardEvaluator';

const entity = (kind: string, name: string, extra: object = {}): Entity => ({
  apiVersion:
    kind === 'DataProduct' ? 'meshwork.dev/v1alpha1' : 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  ...extra,
});

const complete = entity('DataProduct', 'orders', {
  metadata: {
    name: 'orders',
    namespace: 'default',
    title: 'Orders',
    description:
      'Every confirmed order line, one row per line, refreshed nightly.',
    annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
  },
  spec: {
    owner: 'sales-data',
    domain: 'sales',
    status: 'active',
    version: '1.0.0',
    purpose: 'Revenue reporting.',
    classification: 'internal',
    team: [{ user: 'jane', role: 'steward' }],
    support: [{ channel: '#orders', url: 'https://chat.example.com/orders' }],
    outputPorts: [
      {
        name: 'table',
        contract: 'api:orders-contract',
        classification: 'internal',
        accessRequest: { autoApprove: true },
        sla: { freshness: 'PT24H', availability: 99 },
      },
    ],
  },
});
const orphan = entity('DataProduct', 'orphan', {
  spec: { owner: 'group:nobody', domain: 'sales', status: 'draft' },
});
const invalid = entity('DataProduct', 'typo', {
  spec: { owner: 'sales-data', domain: 'sales', status: 'live' },
});

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('ScorecardEvaluator', () => {
  it('evaluates every valid data product of the catalog and stores only changes on a second run', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseScorecardStore.create({
      database: { getClient: async () => knex },
    });
    const catalog = catalogServiceMock({
      entities: [
        entity('Group', 'sales-data'),
        entity('Domain', 'sales'),
        entity('API', 'orders-contract'),
        entity('Component', 'not-looked-up'),
        complete,
        orphan,
        invalid,
      ],
    });
    const evaluator = ScorecardEvaluator.create({
      catalog,
      auth: mockServices.auth(),
      store,
      logger: mockServices.logger.mock(),
      rules: builtinScorecardRules,
    });

    await expect(
      evaluator.evaluateAll(new Date('2026-11-21T10:00:00Z')),
    ).resolves.toEqual({ products: 2, changed: 2 });

    // Without reported facts gold is out of reach: fresh-within-sla has no data.
    const orders = await store.getScorecard('dataproduct:default/orders');
    expect(orders).toMatchObject({
      level: 'silver',
      title: 'Orders',
      domainRef: 'domain:default/sales',
      ownerRef: 'group:default/sales-data',
    });
    expect(
      orders!.results
        .filter(r => r.state !== 'pass' && r.state !== 'not-applicable')
        .map(r => [r.ruleId, r.state]),
    ).toEqual([
      ['fresh-within-sla', 'no-data'],
      ['quality-checks-pass', 'no-data'],
    ]);

    const orphanCard = await store.getScorecard('dataproduct:default/orphan');
    expect(orphanCard?.level).toBe('none');
    expect(
      orphanCard?.results.find(r => r.ruleId === 'has-owner'),
    ).toMatchObject({
      state: 'fail',
      message:
        'spec.owner "group:nobody" is not a Group or User in the catalog.',
    });
    await expect(
      store.getScorecard('dataproduct:default/typo'),
    ).resolves.toBeUndefined();

    await expect(
      evaluator.evaluateAll(new Date('2026-11-21T10:10:00Z')),
    ).resolves.toEqual({ products: 2, changed: 0 });
  });
});
