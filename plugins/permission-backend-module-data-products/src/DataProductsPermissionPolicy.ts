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

import type {
  AuthService,
  RootConfigService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityReadPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  dataProductFactCreatePermission,
  dataProductWaiverDecidePermission,
  dataProductWaiverRequestPermission,
} from '@meshwork/plugin-data-products-common';
import {
  DataProductsPolicyOptions,
  readDataProductsPolicyOptions,
} from './config';
import { CachedGroupTree } from './groupTree';

/**
 * The permission policy of Meshwork's data products:
 *
 * - `catalog.entity.read`: an entity whose `spec.classification` is one of
 *   the restricted classifications is read only by its owning group's tree
 *   (the group and every group below it), the governance groups and the
 *   read-every-product groups; everything else is open. The decision is
 *   conditional, so the catalog applies it in its own queries, and
 *   Meshwork's listings follow.
 * - `data-products.waiver.request`: a product's owners.
 * - `data-products.waiver.decide`: the governance groups.
 * - `data-products.fact.create`: the fact-reporter groups (users only:
 *   Backstage never asks a policy about a service).
 * - `catalog.location.create` and `.delete`: the location-admin groups, if
 *   configured.
 *
 * {@link DataProductsPermissionPolicy.handle} allows everything else, as
 * Backstage's allow-all policy does; a portal with a policy of its own calls
 * {@link DataProductsPermissionPolicy.decide} and decides the rest itself.
 * @public
 */
export class DataProductsPermissionPolicy implements PermissionPolicy {
  readonly #options: DataProductsPolicyOptions;
  readonly #readEverything: string[];
  readonly #userInfo: UserInfoService;
  readonly #groupTree: CachedGroupTree;

  /** The policy as `dataProducts.permissions.policy` configures it. */
  static fromConfig(
    config: RootConfigService,
    options: {
      userInfo: UserInfoService;
      catalog: CatalogService;
      auth: AuthService;
    },
  ): DataProductsPermissionPolicy {
    return new DataProductsPermissionPolicy({
      ...readDataProductsPolicyOptions(config),
      ...options,
    });
  }

  constructor(
    options: DataProductsPolicyOptions & {
      /** Resolves a user's ownership claims: the user and their groups. */
      userInfo: UserInfoService;
      /** Reads the group tree, with the module's own credentials. */
      catalog: CatalogService;
      auth: AuthService;
    },
  ) {
    this.#options = options;
    this.#readEverything = [
      ...options.governanceGroups,
      ...options.readEveryProductGroups,
    ];
    this.#userInfo = options.userInfo;
    this.#groupTree = new CachedGroupTree(options);
  }

  /**
   * The whole policy, as the module installs it: the decision of
   * {@link DataProductsPermissionPolicy.decide}, or `ALLOW` for a permission
   * it has no say in.
   */
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    return (
      (await this.decide(request, user)) ?? { result: AuthorizeResult.ALLOW }
    );
  }

  /**
   * The decision for a permission this policy has a say in, or `undefined`
   * for any other, which the calling policy decides.
   */
  async decide(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision | undefined> {
    const { permission } = request;
    // Resolved only for a permission this policy decides.
    const claims = async () =>
      user
        ? (await this.#userInfo.getUserInfo(user.credentials))
            .ownershipEntityRefs
        : [];
    const memberOf = async (groups: string[]): Promise<PolicyDecision> => ({
      result: (await claims()).some(ref => groups.includes(ref))
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    });

    if (isPermission(permission, catalogEntityReadPermission)) {
      return this.#decideRead(permission, claims);
    }
    if (isPermission(permission, dataProductWaiverRequestPermission)) {
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({ claims: await claims() }),
      );
    }
    if (isPermission(permission, dataProductWaiverDecidePermission)) {
      return memberOf(this.#options.governanceGroups);
    }
    if (isPermission(permission, dataProductFactCreatePermission)) {
      return memberOf(this.#options.factReporterGroups);
    }
    const { locationAdminGroups } = this.#options;
    if (
      locationAdminGroups &&
      (isPermission(permission, catalogLocationCreatePermission) ||
        isPermission(permission, catalogLocationDeletePermission))
    ) {
      return memberOf(locationAdminGroups);
    }
    return undefined;
  }

  async #decideRead(
    permission: ResourcePermission<'catalog-entity'>,
    claimsOf: () => Promise<string[]>,
  ): Promise<PolicyDecision | undefined> {
    const [first, ...more] = this.#options.restrictedClassifications.map(
      value => catalogConditions.hasSpec({ key: 'classification', value }),
    );
    if (!first) return undefined;
    const claims = await claimsOf();
    if (claims.some(ref => this.#readEverything.includes(ref))) {
      return { result: AuthorizeResult.ALLOW };
    }
    // A member of a team below the owner is in the owner's tree.
    const tree = await this.#groupTree.get();
    const inTreeOf = [
      ...new Set(claims.flatMap(c => [c, ...tree.ancestorsOf(c)])),
    ];
    return createCatalogConditionalDecision(permission, {
      anyOf: [
        { not: more.length ? { anyOf: [first, ...more] } : first },
        catalogConditions.isEntityOwner({ claims: inTreeOf }),
      ],
    });
  }
}
