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
import type { Entity } from '@backstage/catalog-model';
import {
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  createPermission,
  Permission,
} from '@backstage/plugin-permission-common';
import {
  dataProductEvaluatePermission,
  dataProductFactCreatePermission,
  dataProductWaiverDecidePermission,
  dataProductWaiverRequestPermission,
} from '@meshwork/plugin-data-products-common';
import type { DataProductsPolicyOptions } from './config';
import { DataProductsPermissionPolicy } from './DataProductsPermissionPolicy';

const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  relations: parent
    ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
    : [],
});

/** sales > sales-data > sales-emea, and the two governing groups beside it. */
const GROUPS = [
  group('sales'),
  group('sales-data', 'sales'),
  group('sales-emea', 'sales-data'),
  group('governance'),
  group('data-platform'),
];

/** Each user's ownership claims, as sign-in resolves them. */
const CLAIMS: Record<string, string[]> = {
  'user:default/carl': ['user:default/carl', 'group:default/sales-emea'],
  'user:default/greta': ['user:default/greta', 'group:default/governance'],
  'user:default/pat': ['user:default/pat', 'group:default/data-platform'],
  'user:default/hugo': ['user:default/hugo'],
};

/** The example portal's configuration. */
const EXAMPLE: DataProductsPolicyOptions = {
  governanceGroups: ['group:default/governance'],
  readEveryProductGroups: ['group:default/data-platform'],
  factReporterGroups: ['group:default/data-platform'],
  restrictedClassifications: ['restricted'],
  locationAdminGroups: ['group:default/data-platform'],
};

function policyWith(options: Partial<DataProductsPolicyOptions> = {}) {
  const catalog = catalogServiceMock({ entities: GROUPS });
  const queryEntities = jest.spyOn(catalog, 'queryEntities');
  const policy = new DataProductsPermissionPolicy({
    ...EXAMPLE,
    ...options,
    catalog,
    auth: mockServices.auth(),
    userInfo: {
      async getUserInfo(credentials: any) {
        const userEntityRef = credentials.principal.userEntityRef;
        return { userEntityRef, ownershipEntityRefs: CLAIMS[userEntityRef] };
      },
    },
  });
  return { policy, queryEntities };
}

const userOf = (name: string) => {
  const userEntityRef = `user:default/${name}`;
  return {
    credentials: mockCredentials.user(userEntityRef),
    info: { userEntityRef, ownershipEntityRefs: CLAIMS[userEntityRef] },
  };
};

async function resultsFor(
  policy: DataProductsPermissionPolicy,
  permission: Permission,
) {
  const results: Record<string, string> = {};
  for (const name of ['carl', 'greta', 'pat', 'hugo']) {
    results[name] = (await policy.handle({ permission }, userOf(name))).result;
  }
  return results;
}

const { ALLOW, DENY } = AuthorizeResult;

const hasClassification = (value: string) => ({
  rule: 'HAS_SPEC',
  resourceType: 'catalog-entity',
  params: { key: 'classification', value },
});
const ownedByAnyOf = (claims: string[]) => ({
  rule: 'IS_ENTITY_OWNER',
  resourceType: 'catalog-entity',
  params: { claims },
});
const conditional = (conditions: object) => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions,
});

describe('DataProductsPermissionPolicy', () => {
  describe('catalog.entity.read', () => {
    it('lets the governance and read-every-product groups read everything', async () => {
      const { policy } = policyWith();
      for (const name of ['greta', 'pat']) {
        await expect(
          policy.handle(
            { permission: catalogEntityReadPermission },
            userOf(name),
          ),
        ).resolves.toEqual({ result: ALLOW });
      }
    });

    it("hides restricted entities from everyone but the owning group's tree", async () => {
      const { policy } = policyWith();

      // carl is in sales-emea, below sales-data and sales: a product any
      // of them owns is his to read.
      await expect(
        policy.handle(
          { permission: catalogEntityReadPermission },
          userOf('carl'),
        ),
      ).resolves.toEqual(
        conditional({
          anyOf: [
            { not: hasClassification('restricted') },
            ownedByAnyOf([
              'user:default/carl',
              'group:default/sales-emea',
              'group:default/sales-data',
              'group:default/sales',
            ]),
          ],
        }),
      );
      await expect(
        policy.handle(
          { permission: catalogEntityReadPermission },
          userOf('hugo'),
        ),
      ).resolves.toEqual(
        conditional({
          anyOf: [
            { not: hasClassification('restricted') },
            ownedByAnyOf(['user:default/hugo']),
          ],
        }),
      );
    });

    it('restricts every configured classification', async () => {
      const { policy } = policyWith({
        restrictedClassifications: ['restricted', 'confidential'],
      });

      await expect(
        policy.handle(
          { permission: catalogEntityReadPermission },
          userOf('hugo'),
        ),
      ).resolves.toEqual(
        conditional({
          anyOf: [
            {
              not: {
                anyOf: [
                  hasClassification('restricted'),
                  hasClassification('confidential'),
                ],
              },
            },
            ownedByAnyOf(['user:default/hugo']),
          ],
        }),
      );
    });

    it('has no say in reads when no classification is restricted', async () => {
      const { policy, queryEntities } = policyWith({
        restrictedClassifications: [],
      });
      const request = { permission: catalogEntityReadPermission };

      await expect(policy.decide(request, userOf('hugo'))).resolves.toBe(
        undefined,
      );
      await expect(policy.handle(request, userOf('hugo'))).resolves.toEqual({
        result: ALLOW,
      });
      expect(queryEntities).not.toHaveBeenCalled();
    });

    it('reads the group tree once a minute, and again after a failed read', async () => {
      const { policy, queryEntities } = policyWith();
      const read = () =>
        policy.handle(
          { permission: catalogEntityReadPermission },
          userOf('carl'),
        );
      const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
      try {
        await read();
        await read();
        expect(queryEntities).toHaveBeenCalledTimes(1);

        now.mockReturnValue(1_000_000 + 60_000);
        queryEntities.mockRejectedValueOnce(new Error('catalog down'));
        await expect(read()).rejects.toThrow('catalog down');
        await read();
        expect(queryEntities).toHaveBeenCalledTimes(3);
      } finally {
        now.mockRestore();
      }
    });
  });

  it("lets a product's owners request waivers of it", async () => {
    const { policy } = policyWith();

    await expect(
      policy.handle(
        { permission: dataProductWaiverRequestPermission },
        userOf('carl'),
      ),
    ).resolves.toEqual(
      conditional(
        ownedByAnyOf(['user:default/carl', 'group:default/sales-emea']),
      ),
    );
  });

  it('lets only the governance groups decide waivers', async () => {
    const { policy } = policyWith({
      governanceGroups: ['group:default/governance', 'group:default/sales'],
    });

    await expect(
      resultsFor(policy, dataProductWaiverDecidePermission),
    ).resolves.toEqual({ carl: DENY, greta: ALLOW, pat: DENY, hugo: DENY });
    await expect(
      policy.handle({ permission: dataProductWaiverDecidePermission }),
    ).resolves.toEqual({ result: DENY });
  });

  it('lets only the fact-reporter groups report facts, none when none are named', async () => {
    await expect(
      resultsFor(policyWith().policy, dataProductFactCreatePermission),
    ).resolves.toEqual({ carl: DENY, greta: DENY, pat: ALLOW, hugo: DENY });
    await expect(
      resultsFor(
        policyWith({ factReporterGroups: [] }).policy,
        dataProductFactCreatePermission,
      ),
    ).resolves.toEqual({ carl: DENY, greta: DENY, pat: DENY, hugo: DENY });
  });

  it('lets only the location-admin groups register and remove locations, when named', async () => {
    const { policy } = policyWith();
    for (const permission of [
      catalogLocationCreatePermission,
      catalogLocationDeletePermission,
    ]) {
      await expect(resultsFor(policy, permission)).resolves.toEqual({
        carl: DENY,
        greta: DENY,
        pat: ALLOW,
        hugo: DENY,
      });
    }

    const unset = policyWith({ locationAdminGroups: undefined }).policy;
    await expect(
      unset.decide(
        { permission: catalogLocationCreatePermission },
        userOf('hugo'),
      ),
    ).resolves.toBe(undefined);
    await expect(
      resultsFor(unset, catalogLocationDeletePermission),
    ).resolves.toEqual({ carl: ALLOW, greta: ALLOW, pat: ALLOW, hugo: ALLOW });
  });

  it('has no say in any other permission, which handle allows', async () => {
    const { policy } = policyWith();
    for (const permission of [
      dataProductEvaluatePermission,
      catalogEntityRefreshPermission,
      createPermission({ name: 'other.thing.delete', attributes: {} }),
    ]) {
      await expect(policy.decide({ permission }, userOf('hugo'))).resolves.toBe(
        undefined,
      );
      await expect(resultsFor(policy, permission)).resolves.toEqual({
        carl: ALLOW,
        greta: ALLOW,
        pat: ALLOW,
        hugo: ALLOW,
      });
    }
  });
});
