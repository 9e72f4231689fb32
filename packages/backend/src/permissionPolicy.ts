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
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  catalogEntityReadPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  dataProductFactCreatePermission,
  dataProductWaiverDecidePermission,
  dataProductWaiverRequestPermission,
} from '@meshwork/plugin-data-products-common';
import { RestrictedProductsReadPolicy } from './restrictedProducts';

/** The example mesh's governance council decides waivers. */
const WAIVER_DECIDERS = ['group:default/governance'];
/** The platform team may report facts by hand; pipelines use service tokens. */
const FACT_REPORTERS = ['group:default/data-platform'];
/**
 * The platform team runs the portal, so only it registers or removes catalog
 * locations (`POST`/`PUT`/`DELETE /api/catalog/locations`): a location makes
 * the backend read what it points at. Everyone else's products come in
 * through the configured locations and the published-products provider.
 */
const LOCATION_ADMINS = ['group:default/data-platform'];

/**
 * The example portal's policy: everything is open except restricted data
 * products (seen only by their owning group's tree, governance and the
 * platform team), the scorecard's governance actions and registering
 * catalog locations. A domain owner requests waivers for the products their
 * groups own; only the governance group approves or rejects them.
 */
export class MeshworkPermissionPolicy implements PermissionPolicy {
  readonly #read: RestrictedProductsReadPolicy;

  constructor(options: { read: RestrictedProductsReadPolicy }) {
    this.#read = options.read;
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    const memberOf = (groups: string[]): PolicyDecision => ({
      result: claims.some(ref => groups.includes(ref))
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    });

    if (isPermission(request.permission, catalogEntityReadPermission)) {
      return this.#read.decide(request.permission, claims);
    }
    if (isPermission(request.permission, dataProductWaiverRequestPermission)) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (isPermission(request.permission, dataProductWaiverDecidePermission)) {
      return memberOf(WAIVER_DECIDERS);
    }
    if (isPermission(request.permission, dataProductFactCreatePermission)) {
      return memberOf(FACT_REPORTERS);
    }
    if (
      isPermission(request.permission, catalogLocationCreatePermission) ||
      isPermission(request.permission, catalogLocationDeletePermission)
    ) {
      return memberOf(LOCATION_ADMINS);
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Installs {@link MeshworkPermissionPolicy} as the permission backend's policy. */
export const permissionModuleMeshworkPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'meshwork-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ policy, catalog, auth }) {
        policy.setPolicy(
          new MeshworkPermissionPolicy({
            read: new RestrictedProductsReadPolicy({ catalog, auth }),
          }),
        );
      },
    });
  },
});
