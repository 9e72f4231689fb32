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

import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import {
  ScorecardEvaluator,
  type ScorecardEvaluatorOptions,
} from './ScorecardEvaluator';
import {
  builtinRules,
  entity,
  ordersNeighbours,
  ordersProduct,
} from '../__testUtils__/fixtures';

const complete = {
  ...ordersProduct,
  metadata: { ...ordersProduct.metadata, tags: ['sales', 'pii'] },
  spec: { ...ordersProduct.spec, type: 'source-aligned' },
};
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
    const database = { getClient: async () => knex };
    const store = await DatabaseScorecardStore.create({ database });
    const entities = [
      entity('Group', 'sales-data'),
      entity('Domain', 'sales'),
      entity('API', 'orders-contract'),
      entity('Component', 'not-looked-up'),
      complete,
      orphan,
      invalid,
    ];
    const options = {
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      store,
      facts: await DatabaseFactStore.create({ database }),
      waivers: await DatabaseWaiverStore.create({ database }),
      logger: mockServices.logger.mock(),
      rules: builtinRules,
    };
    const evaluator = ScorecardEvaluator.create(options);

    await expect(
      evaluator.evaluateAll(new Date('2026-11-21T10:00:00Z')),
    ).resolves.toMatchObject({ products: 2, changed: 2 });

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
    // What the browse listing filters on comes from the entity.
    const listed = await store.listProducts({
      ...{ sort: 'title', order: 'asc', offset: 0, limit: 10 },
    });
    expect(listed.items.map(i => [i.name, i.status, i.tags])).toEqual([
      ['orders', 'active', ['sales', 'pii']],
      ['orphan', 'draft', []],
    ]);
    expect(listed.items[0]).toMatchObject({
      description: complete.metadata.description,
      classification: 'internal',
      type: 'source-aligned',
    });

    await expect(
      evaluator.evaluateAll(new Date('2026-11-21T10:10:00Z')),
    ).resolves.toMatchObject({ products: 2, changed: 0 });

    // A product that leaves the catalog leaves the listing at the next run.
    const withoutOrphan = ScorecardEvaluator.create({
      ...options,
      catalog: catalogServiceMock({
        entities: entities.filter(e => e !== orphan),
      }),
    });
    await expect(
      withoutOrphan.evaluateAll(new Date('2026-11-21T10:20:00Z')),
    ).resolves.toMatchObject({ products: 1, changed: 0 });
    await expect(
      store.getScorecard('dataproduct:default/orphan'),
    ).resolves.toBeUndefined();
    await expect(
      store.getHistory('dataproduct:default/orphan'),
    ).resolves.toHaveLength(1);
  });

  async function setup(
    entities = [...ordersNeighbours, complete],
    extra: Partial<ScorecardEvaluatorOptions> = {},
  ) {
    const knex = await databases.init('SQLITE_3');
    const database = { getClient: async () => knex };
    const stores = {
      store: await DatabaseScorecardStore.create({ database }),
      facts: await DatabaseFactStore.create({ database }),
      waivers: await DatabaseWaiverStore.create({ database }),
    };
    const evaluator = ScorecardEvaluator.create({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      rules: builtinRules,
      ...stores,
      ...extra,
    });
    return { evaluator, ...stores };
  }

  const stateOf = (
    scorecard: { results: Array<{ ruleId: string; state: string }> },
    ruleId: string,
  ) => scorecard.results.find(r => r.ruleId === ruleId)?.state;

  it('reads the latest facts and approved waivers: gold with good facts, exempt while waived', async () => {
    const { evaluator, store, facts, waivers } = await setup();
    const ref = 'dataproduct:default/orders';
    const now = new Date('2026-11-21T10:00:00Z');
    await facts.addFacts(
      [
        {
          entityRef: ref,
          port: 'table',
          name: 'freshness',
          value: 'PT2H',
          observedAt: '2026-11-21T09:00:00Z',
          reportedBy: 'ci',
        },
        {
          entityRef: ref,
          name: 'quality',
          value: 0.5,
          observedAt: '2026-11-21T08:00:00Z',
          reportedBy: 'ci',
        },
        {
          entityRef: ref,
          name: 'quality',
          value: 0.99,
          observedAt: '2026-11-21T09:00:00Z',
          reportedBy: 'ci',
        },
      ],
      now,
    );
    await evaluator.evaluateAll(now);
    expect(await store.getScorecard(ref)).toMatchObject({
      level: 'gold',
      score: 100,
    });

    await facts.addFacts(
      [
        {
          entityRef: ref,
          name: 'quality',
          value: 0.5,
          observedAt: '2026-11-21T09:30:00Z',
          reportedBy: 'ci',
        },
      ],
      now,
    );
    await evaluator.evaluateAll(now);
    const failing = (await store.getScorecard(ref))!;
    expect(failing.level).toBe('silver');
    expect(stateOf(failing, 'quality-checks-pass')).toBe('fail');

    const waiver = await waivers.request(
      {
        entityRef: ref,
        ruleId: 'quality-checks-pass',
        justification: 'New checks being tuned',
        expiresAt: new Date('2026-11-25T00:00:00Z'),
        requestedBy: 'user:default/priya',
      },
      now,
    );
    await waivers.decide(
      waiver.id,
      { approve: true, actor: 'user:default/grace' },
      now,
    );
    const exempt = await evaluator.evaluateProduct(
      ref,
      mockCredentials.user(),
      now,
    );
    expect(exempt.level).toBe('gold');
    expect(
      exempt.results.find(r => r.ruleId === 'quality-checks-pass'),
    ).toMatchObject({
      state: 'exempt',
      message: expect.stringMatching(/^Waived until 2026-11-25: /),
    });

    // After the expiry the run marks the waiver expired and the rule fails again.
    await evaluator.evaluateAll(new Date('2026-11-26T00:00:00Z'));
    expect(
      stateOf((await store.getScorecard(ref))!, 'quality-checks-pass'),
    ).toBe('fail');
    expect((await waivers.get(waiver.id))?.status).toBe('expired');
  });

  it('evaluates one product on demand, and says when it is not a data product', async () => {
    const { evaluator, store } = await setup();
    await expect(
      evaluator.evaluateProduct(
        'dataproduct:default/orders',
        mockCredentials.user(),
      ),
    ).resolves.toMatchObject({
      entityRef: 'dataproduct:default/orders',
      level: 'silver',
    });
    await expect(
      store.getScorecard('dataproduct:default/orders'),
    ).resolves.toBeDefined();
    await expect(
      evaluator.evaluateProduct(
        'group:default/sales-data',
        mockCredentials.user(),
      ),
    ).rejects.toThrow(
      'No data product group:default/sales-data in the catalog',
    );
  });

  it('dry-runs posted documents against the catalog, the posted ones shadowing it, storing nothing', async () => {
    const { evaluator, store } = await setup(ordersNeighbours);
    const draft = {
      ...complete,
      metadata: { ...complete.metadata, name: 'returns', title: 'Returns' },
      spec: {
        ...complete.spec,
        outputPorts: [
          {
            ...(complete.spec as any).outputPorts[0],
            contract: 'api:returns-contract',
          },
        ],
      },
    };
    const [withoutContract] = await evaluator.dryRun(
      [draft],
      mockCredentials.user(),
    );
    expect(stateOf(withoutContract, 'ports-have-contracts')).toBe('fail');
    const [withContract] = await evaluator.dryRun(
      [draft, entity('API', 'returns-contract')],
      mockCredentials.user(),
    );
    expect(withContract).toMatchObject({
      entityRef: 'dataproduct:default/returns',
      level: 'silver',
    });
    await expect(
      store.getScorecard('dataproduct:default/returns'),
    ).resolves.toBeUndefined();
  });

  it('scores the products when the change tracker fails, and says why in the log', async () => {
    const logger = mockServices.logger.mock();
    const track = jest.fn().mockRejectedValue(new Error('connection reset'));
    const { evaluator, store } = await setup(undefined, {
      logger,
      changes: { track },
    });
    await expect(evaluator.evaluateAll()).resolves.toMatchObject({
      products: 1,
      changed: 1,
    });
    await expect(
      evaluator.evaluateProducts(['dataproduct:default/orders']),
    ).resolves.toBe(1);
    expect(track).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not compare products with their accepted versions: Error: connection reset',
    );
    await expect(
      store.getScorecard('dataproduct:default/orders'),
    ).resolves.toMatchObject({ level: 'silver' });
  });
});
