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
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Entity } from '@backstage/catalog-model';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import type { ReportedFact } from '../database/FactStore';
import {
  builtinRules,
  ordersNeighbours,
  ordersProduct,
} from '../__testUtils__/fixtures';
import { retryDuringOutage } from './retryDuringOutage';
import { ScorecardEvaluator } from './ScorecardEvaluator';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

// More than one page of 500: the database can fail between two pages.
const PRODUCTS = 600;
const names = Array.from(
  { length: PRODUCTS },
  (_, i) => `p${String(i).padStart(3, '0')}`,
);
const refOf = (name: string) => `dataproduct:default/${name}`;
/** In the second page; its data-quality run failed. */
const failingQuality = 'p550';

const products: Entity[] = names.map(name => ({
  ...ordersProduct,
  metadata: { ...ordersProduct.metadata, name, title: name },
}));

/** Every product fresh; each passes its checks but one: gold but one silver. */
const pipelineFacts: ReportedFact[] = names.flatMap(name => [
  {
    entityRef: refOf(name),
    port: 'table',
    name: 'freshness',
    value: 'PT2H',
    observedAt: '2026-12-07T09:00:00Z',
    reportedBy: 'ci',
  },
  {
    entityRef: refOf(name),
    name: 'quality',
    value: name === failingQuality ? 0.5 : 0.99,
    observedAt: '2026-12-07T09:00:00Z',
    reportedBy: 'ci',
  },
]);

const refused = () =>
  Object.assign(new Error('Connection terminated unexpectedly'), {});

/** The store, with the next calls of `method` failing as a lost database. */
function interrupted<T extends object>(store: T) {
  const failures = new Map<PropertyKey, number[]>();
  const calls = new Map<PropertyKey, number>();
  const wrapped = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const call = (calls.get(key) ?? 0) + 1;
        calls.set(key, call);
        return failures.get(key)?.includes(call)
          ? Promise.reject(refused())
          : value.apply(target, args);
      };
    },
  });
  return {
    store: wrapped,
    /** The `nth` call of `method` from now on fails. */
    failNext(method: keyof T, nth = 1) {
      failures.set(method, [(calls.get(method) ?? 0) + nth]);
    },
  };
}

describe('a full evaluation the database fails in the middle of', () => {
  async function setup(
    options: { notifier?: { levelsChanged: jest.Mock } } = {},
  ) {
    const knex = await databases.init('SQLITE_3');
    const database = { getClient: async () => knex };
    const scorecards = interrupted(
      await DatabaseScorecardStore.create({ database }),
    );
    const facts = interrupted(await DatabaseFactStore.create({ database }));
    await facts.store.addFacts(pipelineFacts, new Date('2026-12-07T09:00:00Z'));
    const logger = mockServices.logger.mock();
    const evaluator = ScorecardEvaluator.create({
      catalog: catalogServiceMock({
        entities: [...ordersNeighbours, ...products],
      }),
      auth: mockServices.auth(),
      store: scorecards.store,
      facts: facts.store,
      waivers: await DatabaseWaiverStore.create({ database }),
      logger,
      rules: builtinRules,
      notifier: options.notifier,
    });
    /** Each product's level, evaluation time and failing rules, as stored. */
    const stored = async () => {
      const rows = await knex('scorecard_results')
        .orderBy('entity_ref')
        .select('entity_ref', 'level', 'evaluated_at', 'failing_rule_ids');
      return new Map(
        rows.map(row => [
          row.entity_ref,
          {
            level: row.level,
            at: new Date(row.evaluated_at).toISOString(),
            failing: row.failing_rule_ids,
          },
        ]),
      );
    };
    const historyPoints = async () =>
      Number((await knex('scorecard_history').count({ n: '*' }))[0].n);
    return { evaluator, scorecards, facts, logger, stored, historyPoints };
  }

  const at = (minute: number) =>
    new Date(`2026-12-07T10:${String(minute).padStart(2, '0')}:00Z`);

  it('tells the owners of the level drops of the pages it stored before the database went away', async () => {
    const levelsChanged = jest.fn(async () => {});
    const { evaluator, scorecards, facts } = await setup({
      notifier: { levelsChanged },
    });
    await evaluator.evaluateAll(at(0));
    levelsChanged.mockClear();
    // p001's quality run fails; the retry will see p001 silver already.
    await facts.store.addFacts(
      [{ ...pipelineFacts[3], value: 0.5, observedAt: '2026-12-07T09:30:00Z' }],
      new Date('2026-12-07T09:30:00Z'),
    );
    scorecards.failNext('saveScorecards', 2);
    await expect(evaluator.evaluateAll(at(10))).rejects.toThrow(
      'Connection terminated',
    );
    const drops = levelsChanged.mock.calls.flatMap(
      ([changes]: any[]) => changes,
    );
    expect(drops).toEqual([
      expect.objectContaining({
        previousLevel: 'gold',
        record: expect.objectContaining({
          scorecard: expect.objectContaining({
            entityRef: refOf('p001'),
            level: 'silver',
          }),
        }),
      }),
    ]);
  });

  it('keeps the products it could not store as they were, deletes nothing, and finishes when retried', async () => {
    const { evaluator, scorecards, logger, stored, historyPoints } =
      await setup();
    await evaluator.evaluateAll(at(0));
    const before = await stored();
    expect(before.size).toBe(PRODUCTS);
    expect(before.get(refOf('p000'))).toMatchObject({ level: 'gold' });
    expect(before.get(refOf(failingQuality))).toMatchObject({
      level: 'silver',
      failing: 'quality-checks-pass',
    });
    const pointsBefore = await historyPoints();

    // the first page is stored, the second fails: the run stops there
    scorecards.failNext('saveScorecards', 2);
    await expect(evaluator.evaluateAll(at(10))).rejects.toThrow(
      'Connection terminated',
    );
    const midway = await stored();
    expect(midway.size).toBe(PRODUCTS);
    expect(midway.get(refOf('p000'))!.at).toBe(at(10).toISOString());
    // the second page keeps its previous results, not deleted, not rescored
    expect(midway.get(refOf('p500'))).toEqual(before.get(refOf('p500')));
    expect(midway.get(refOf(failingQuality))).toEqual(
      before.get(refOf(failingQuality)),
    );
    // nothing changed, so no history point was written for the first page
    expect(await historyPoints()).toBe(pointsBefore);

    // the scheduled task retries it: the run finishes, every product stored
    scorecards.failNext('saveScorecards', 2);
    await retryDuringOutage(() => evaluator.evaluateAll(at(20)), {
      logger,
      what: 'The full evaluation',
      firstDelayMs: 1,
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The full evaluation failed: the database is unreachable \(Error: Connection terminated unexpectedly\); retrying in/,
      ),
    );
    const after = await stored();
    expect(after.size).toBe(PRODUCTS);
    for (const [ref, result] of after) {
      // the same level and failing rules as before the outage, now current
      expect({ ...result, at: undefined }).toEqual({
        ...before.get(ref),
        at: undefined,
      });
      expect(result.at).toBe(at(20).toISOString());
    }
    expect(await historyPoints()).toBe(pointsBefore);
  });

  it('scores nobody without their facts when the facts cannot be read', async () => {
    const { evaluator, facts, stored } = await setup();
    await evaluator.evaluateAll(at(0));
    const before = await stored();
    facts.failNext('latestFacts');
    await expect(evaluator.evaluateAll(at(10))).rejects.toThrow(
      'Connection terminated',
    );
    // no product turned no-data, or lost gold: nothing was stored at all
    expect(await stored()).toEqual(before);
  });

  it('deletes nothing when the deletion of products gone from the catalog fails, the run stored whole', async () => {
    const { evaluator, scorecards, stored } = await setup();
    await evaluator.evaluateAll(at(0));
    scorecards.failNext('deleteScorecardsEvaluatedBefore');
    await expect(evaluator.evaluateAll(at(10))).rejects.toThrow(
      'Connection terminated',
    );
    // every product is stored at the new time; none was deleted
    const midway = await stored();
    expect(midway.size).toBe(PRODUCTS);
    expect(new Set([...midway.values()].map(r => r.at))).toEqual(
      new Set([at(10).toISOString()]),
    );
  });
});
