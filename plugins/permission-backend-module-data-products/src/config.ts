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

import type { RootConfigService } from '@backstage/backend-plugin-api';
import {
  readGroupRef,
  readGroupRefs,
} from '@meshwork/plugin-data-products-node';

/**
 * Who may do what under {@link DataProductsPermissionPolicy}: full group
 * refs, as read from `dataProducts.permissions.policy`.
 * @public
 */
export interface DataProductsPolicyOptions {
  /** Who decide waivers and read every data product. */
  governanceGroups: string[];
  /** Who else read every data product. */
  readEveryProductGroups: string[];
  /** Who may report facts as signed-in people. */
  factReporterGroups: string[];
  /** The `spec.classification` values that only the owning group's tree (and the above) may read. */
  restrictedClassifications: string[];
  /** Who may register and remove catalog locations; when absent the policy has no say in them. */
  locationAdminGroups?: string[];
}

const KEY = 'dataProducts.permissions.policy';

/** The data-products backend notifies this group of waiver requests. */
const NOTIFIED_GOVERNANCE_KEY = 'dataProducts.notifications.governanceGroup';
const DEFAULT_GOVERNANCE_GROUP = 'group:default/governance';

/**
 * Reads `dataProducts.permissions.policy`; a value that is no group ref
 * fails startup with its key named.
 * @public
 */
export function readDataProductsPolicyOptions(
  config: RootConfigService,
): DataProductsPolicyOptions {
  const groups = (name: string) => readGroupRefs(config, `${KEY}.${name}`, []);
  // Unless told otherwise, the group that hears of a waiver request is the
  // one that may decide it.
  const governanceGroups = config.has(`${KEY}.governanceGroups`)
    ? groups('governanceGroups')
    : [readGroupRef(config, NOTIFIED_GOVERNANCE_KEY, DEFAULT_GOVERNANCE_GROUP)];
  return {
    governanceGroups,
    readEveryProductGroups: groups('readEveryProductGroups'),
    factReporterGroups: groups('factReporterGroups'),
    restrictedClassifications: config.getOptionalStringArray(
      `${KEY}.restrictedClassifications`,
    ) ?? ['restricted'],
    locationAdminGroups: config.has(`${KEY}.locationAdminGroups`)
      ? groups('locationAdminGroups')
      : undefined,
  };
}
