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

/**
 * The events topic on which the catalog module says which entities the
 * catalog's processing found changed: the entities a data product's
 * scorecard reads (data products, their owners, domains and contract APIs).
 * The scorecard backend evaluates the products they touch, so the cost of
 * keeping scorecards current follows the changes, not the catalog's size.
 * @public
 */
export const CATALOG_CHANGES_TOPIC = 'meshwork.catalog.entities-changed';

/**
 * The payload of a {@link CATALOG_CHANGES_TOPIC} event: entity refs whose
 * stored entity changed or is new, batched.
 * @public
 */
export interface CatalogChangesPayload {
  entityRefs: string[];
}

/**
 * Whether an event's payload is a {@link CatalogChangesPayload}: events may
 * come from another replica's version of the module, so they are checked.
 * @public
 */
export function isCatalogChangesPayload(
  payload: unknown,
): payload is CatalogChangesPayload {
  const refs = (payload as Partial<CatalogChangesPayload> | null)?.entityRefs;
  return Array.isArray(refs) && refs.every(ref => typeof ref === 'string');
}
