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

import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/*
 * Reading scorecards, rules and rollups needs no permission of its own: the
 * catalog's `catalog.entity.read` decides which products a caller sees, in
 * every listing, count and export, so a policy hides a product in one place.
 */

/**
 * Requesting a waiver of a rule for one data product. A resource permission
 * on the product's catalog entity, so a policy can make it conditional on
 * ownership (`catalogConditions.isEntityOwner`).
 * @public
 */
export const dataProductWaiverRequestPermission = createPermission({
  name: 'data-products.waiver.request',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Approving or rejecting a waiver request: the governance group's call.
 * @public
 */
export const dataProductWaiverDecidePermission = createPermission({
  name: 'data-products.waiver.decide',
  attributes: { action: 'update' },
});

/**
 * Reporting facts (freshness, quality, ...) about one data product. A
 * resource permission on the product's catalog entity, checked for users and
 * services alike: a policy can scope a user to the products they own, and a
 * service token's `accessRestrictions` can leave it out.
 * @public
 */
export const dataProductFactCreatePermission = createPermission({
  name: 'data-products.fact.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Evaluating one data product now ("Evaluate now") instead of waiting for
 * the change watcher or the scheduled run: it writes a result and may send
 * level-change notifications. A resource permission on the product, like
 * the catalog's own `catalog.entity.refresh`.
 * @public
 */
export const dataProductEvaluatePermission = createPermission({
  name: 'data-products.scorecard.evaluate',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Every permission of the data-products plugin, for the permissions registry. @public */
export const dataProductsPermissions = [
  dataProductEvaluatePermission,
  dataProductWaiverRequestPermission,
  dataProductWaiverDecidePermission,
  dataProductFactCreatePermission,
];
