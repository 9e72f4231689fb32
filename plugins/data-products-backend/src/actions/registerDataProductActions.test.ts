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

import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import {
  builtinRules,
  entity,
  ordersNeighbours,
  ordersProduct,
} from '../__testUtils__/fixtures';
import {
  policedCatalog,
  policedReadAccess,
} from '../__testUtils__/policedCatalog';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { ScorecardEvaluator } from '../service/ScorecardEvaluator';
import { registerDataProductActions } from './registerDataProductActions';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const productLike = (name: string, title: string, spec: object) => ({
  ...ordersProduct,
  metadata: { ...ordersProduct.metadata, name, title },
  spec: { ...ordersProduct.spec, ...spec },
});
/** Bronze: no version, so is-versioned (silver) fails. */
const payments = productLike('payments', 'Payments', { version: undefined });
/** Owned by HR; its policy keeps it from everyone outside. */
const salaries = productLike('salaries', 'Salaries', { owner: 'hr-data' });
const entities: Entity[] = [
  ...ordersNeighbours,
  entity('Group', 'hr-data'),
  ordersProduct,
  payments,
  salaries,
];

const jane = mockCredentials.user('user:default/jane');
const outsider = mockCredentials.user('user:default/oliver.grant');
const rule = (id: string) => builtinScorecardRules.find(r => r.id === id)!;

/** Salaries is hidden from the outsider. */
const mayRead = (ref: string, user: string) =>
  ref !== 'dataproduct:default/salaries' ||
  user !== outsider.principal.userEntityRef;

describe.each(databases.eachSupportedId())(
  'data product actions on %s',
  databaseId => {
    const actions = actionsRegistryServiceMock();

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const database = { getClient: async () => knex };
      const store = await DatabaseScorecardStore.create({ database });
      const auth = mockServices.auth();
      const rules = builtinRules;
      await ScorecardEvaluator.create({
        catalog: catalogServiceMock({ entities }),
        ...{ auth, store, rules, logger: mockServices.logger.mock() },
        facts: await DatabaseFactStore.create({ database }),
        waivers: await DatabaseWaiverStore.create({ database }),
      }).evaluateAll(new Date('2026-11-21T10:00:00Z'));
      const catalog = policedCatalog(entities, mayRead);
      registerDataProductActions({
        actionsRegistry: actions,
        ...{ store, auth, rules, catalog },
        readAccess: policedReadAccess(catalog),
      });
    });

    const invoke = (
      name: string,
      input: object,
      credentials: BackstageCredentials = jane,
    ) =>
      actions
        .invoke({ id: `test:${name}`, input: input as any, credentials })
        .then(r => r.output as any);

    it('offers the three actions as read-only', async () => {
      const { actions: listed } = await actions.list();
      expect(
        listed.map(a => [
          a.name,
          a.attributes.readOnly,
          a.attributes.destructive,
        ]),
      ).toEqual([
        ['find-data-products', true, false],
        ['get-data-product-scorecard', true, false],
        ['explain-data-product-failures', true, false],
      ]);
    });

    it('finds products with the listing filters and pages, leaving out what the caller may not read', async () => {
      const all = await invoke('find-data-products', {});
      expect(
        all.items.map((i: any) => [i.entityRef, i.title, i.level]),
      ).toEqual([
        ['dataproduct:default/orders', 'Orders', 'silver'],
        ['dataproduct:default/payments', 'Payments', 'bronze'],
        ['dataproduct:default/salaries', 'Salaries', 'silver'],
      ]);
      expect(all.items[0]).toMatchObject({
        ownerRef: 'group:default/sales-data',
        domainRef: 'domain:default/sales',
        score: expect.any(Number),
      });
      expect(all.nextOffset).toBeUndefined();

      const seenByOutsider = await invoke('find-data-products', {}, outsider);
      expect(seenByOutsider.items.map((i: any) => i.title)).toEqual([
        'Orders',
        'Payments',
      ]);
      expect(seenByOutsider.totalCount).toBe(2);

      const bronze = await invoke('find-data-products', { level: ['bronze'] });
      expect(bronze.items.map((i: any) => i.title)).toEqual(['Payments']);
      const text = await invoke('find-data-products', { query: 'PAY' });
      expect(text.items.map((i: any) => i.title)).toEqual(['Payments']);
      const salesData = await invoke('find-data-products', {
        owner: ['sales-data'],
        failing: ['is-versioned'],
      });
      expect(salesData.items.map((i: any) => i.title)).toEqual(['Payments']);

      const first = await invoke('find-data-products', {
        sort: 'title',
        order: 'desc',
        limit: 2,
      });
      expect(first.items.map((i: any) => i.title)).toEqual([
        'Salaries',
        'Payments',
      ]);
      expect(first).toMatchObject({ totalCount: 3, nextOffset: 2 });
      const last = await invoke('find-data-products', {
        sort: 'title',
        order: 'desc',
        limit: 2,
        offset: first.nextOffset,
      });
      expect(last.items.map((i: any) => i.title)).toEqual(['Orders']);
      expect(last.nextOffset).toBeUndefined();

      await expect(
        invoke('find-data-products', { owner: ['group:'] }),
      ).rejects.toThrow(
        'owner: expected an entity ref such as group:default/my-name, got "group:"',
      );
    });

    it("returns a product's scorecard with every rule's state", async () => {
      const scorecard = await invoke('get-data-product-scorecard', {
        entityRef: 'payments',
      });
      expect(scorecard).toMatchObject({
        entityRef: 'dataproduct:default/payments',
        title: 'Payments',
        level: 'bronze',
        ownerRef: 'group:default/sales-data',
      });
      expect(scorecard.rules).toHaveLength(builtinScorecardRules.length);
      expect(
        scorecard.rules.find((r: any) => r.ruleId === 'is-versioned'),
      ).toEqual({
        ruleId: 'is-versioned',
        title: 'Is versioned',
        level: 'silver',
        state: 'fail',
        message: 'Set spec.version, e.g. 1.0.0.',
      });
    });

    it('explains each rule that blocks a level, lowest level first, and how to fix it', async () => {
      const explained = await invoke('explain-data-product-failures', {
        entityRef: 'dataproduct:default/payments',
      });
      expect(explained).toMatchObject({
        entityRef: 'dataproduct:default/payments',
        level: 'bronze',
        nextLevel: 'silver',
      });
      expect(
        explained.failures.map((f: any) => [f.ruleId, f.state, f.blocksLevel]),
      ).toEqual([
        ['is-versioned', 'fail', 'silver'],
        ['fresh-within-sla', 'no-data', 'gold'],
        ['quality-checks-pass', 'no-data', 'gold'],
      ]);
      expect(explained.failures[0]).toMatchObject({
        problem: 'Set spec.version, e.g. 1.0.0.',
        howToFix: rule('is-versioned').description,
      });
    });

    it('answers as for a missing product when the caller may not read it', async () => {
      for (const name of [
        'get-data-product-scorecard',
        'explain-data-product-failures',
      ]) {
        await expect(
          invoke(name, { entityRef: 'salaries' }, outsider),
        ).rejects.toThrow(
          /^No data product dataproduct:default\/salaries in the catalog$/,
        );
        await expect(
          invoke(name, { entityRef: 'salaries' }),
        ).resolves.toMatchObject({
          level: 'silver',
        });
        await expect(invoke(name, { entityRef: 'ghost' })).rejects.toThrow(
          /^No data product dataproduct:default\/ghost in the catalog$/,
        );
      }
    });
  },
);
