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

import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { entity, ordersProduct } from '../__testUtils__/fixtures';
import { CatalogProductReadAccess } from './ProductReadAccess';

const payments = entity('DataProduct', 'payments', {
  spec: ordersProduct.spec,
});
const entities = [ordersProduct, payments, entity('Group', 'sales-data')];
/** Products in two namespaces, one name in both, one written in capitals. */
const otherNamespaces = [
  ordersProduct,
  entity('DataProduct', 'orders', {
    metadata: { name: 'orders', namespace: 'finance' },
  }),
  entity('DataProduct', 'Ledger', {
    metadata: { name: 'Ledger', namespace: 'finance' },
  }),
];

/** A decision naming the conditions a policy gave, as the permission backend sends it. */
const conditional = (owner: string): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions: {
    rule: 'IS_ENTITY_OWNER',
    resourceType: 'catalog-entity',
    params: { claims: [owner] },
  },
});

function setUp(
  decide: (user?: string) => PolicyDecision,
  inCatalog = entities,
) {
  let now = 0;
  const catalog = catalogServiceMock.mock({
    getEntityFacets: jest.fn(async request =>
      catalogServiceMock({ entities: inCatalog }).getEntityFacets(request),
    ),
    getEntitiesByRefs: async request =>
      catalogServiceMock({ entities: inCatalog }).getEntitiesByRefs(request),
  });
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async (queries, options) =>
      queries.map(() =>
        decide(
          (options.credentials.principal as { userEntityRef?: string })
            .userEntityRef,
        ),
      ),
  });
  const access = CatalogProductReadAccess.create({
    permissions,
    catalog,
    cacheTtlMs: 10_000,
    now: () => now,
  });
  return { access, catalog, advance: (ms: number) => (now += ms) };
}

const jane = mockCredentials.user('user:default/jane');
const john = mockCredentials.user('user:default/john');

describe('CatalogProductReadAccess', () => {
  it('reads everything unfiltered on an unconditional allow, nothing on a deny, without asking the catalog', async () => {
    const { access, catalog } = setUp(user =>
      user === 'user:default/jane'
        ? { result: AuthorizeResult.ALLOW }
        : { result: AuthorizeResult.DENY },
    );
    await expect(access.readable(jane)).resolves.toEqual({ all: true });
    await expect(access.readable(john)).resolves.toEqual({
      all: false,
      refs: [],
    });
    expect(catalog.getEntityFacets).not.toHaveBeenCalled();
  });

  it("asks the catalog for the products a conditional decision lets the caller read, with the caller's credentials", async () => {
    const { access, catalog } = setUp(() => conditional('group:default/a'));
    await expect(access.readable(jane)).resolves.toEqual({
      all: false,
      refs: ['dataproduct:default/orders', 'dataproduct:default/payments'],
    });
    const [request, options] = catalog.getEntityFacets.mock.calls[0];
    expect(request).toMatchObject({ filter: { kind: 'DataProduct' } });
    expect(options).toEqual({ credentials: jane });
  });

  it('tells products of the same name in different namespaces apart, and writes refs in lower case', async () => {
    const { access, catalog } = setUp(
      () => conditional('group:default/a'),
      otherNamespaces,
    );
    const readable = await access.readable(jane);
    expect(readable.all).toBe(false);
    expect(!readable.all && [...readable.refs].sort()).toEqual([
      'dataproduct:default/orders',
      'dataproduct:finance/ledger',
      'dataproduct:finance/orders',
    ]);
    // one call for the namespaces, then one per namespace for its names
    expect(catalog.getEntityFacets).toHaveBeenCalledTimes(3);
  });

  it('shares the answer between callers with the same conditions, for the cache time only', async () => {
    const { access, catalog, advance } = setUp(user =>
      conditional(user === 'user:default/jane' ? 'group:default/a' : 'b'),
    );
    await access.readable(jane);
    await access.readable(jane);
    expect(catalog.getEntityFacets).toHaveBeenCalledTimes(1);
    await access.readable(john);
    expect(catalog.getEntityFacets).toHaveBeenCalledTimes(2);
    advance(10_001);
    await access.readable(jane);
    expect(catalog.getEntityFacets).toHaveBeenCalledTimes(3);
  });

  it('asks again after a failed catalog read instead of keeping the failure', async () => {
    const { access, catalog } = setUp(() => conditional('group:default/a'));
    catalog.getEntityFacets.mockRejectedValueOnce(new Error('catalog down'));
    await expect(access.readable(jane)).rejects.toThrow('catalog down');
    await expect(access.readable(jane)).resolves.toMatchObject({
      all: false,
    });
  });

  it('says which of the refs are data products the caller may read', async () => {
    const { access } = setUp(() => ({ result: AuthorizeResult.ALLOW }));
    await expect(
      access.readableAmong(
        [
          'dataproduct:default/orders',
          'group:default/sales-data',
          'dataproduct:default/ghost',
        ],
        jane,
      ),
    ).resolves.toEqual(new Set(['dataproduct:default/orders']));
  });
});
