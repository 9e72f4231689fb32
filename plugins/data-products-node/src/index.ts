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
 * Node-side building blocks of Meshwork's scorecard backend: the extension
 * points through which backend modules add rules written in code and fact
 * sources (the tools whose results count as facts), and the
 * catalog reads and config readers that the backend and permission policies
 * share.
 *
 * @packageDocumentation
 */

export { dataProductScorecardRulesExtensionPoint } from './extensions';
export type { DataProductScorecardRulesExtensionPoint } from './extensions';
export { dataProductFactSourcesExtensionPoint } from './factSources';
export type {
  DataProductFactSource,
  DataProductFactSourcesExtensionPoint,
} from './factSources';
export { loadGroupAncestors } from './groupAncestors';
export type { GroupAncestors } from './groupAncestors';
export { readGroupRef, readGroupRefs } from './groupRefs';
export { scanCatalog } from './scanCatalog';
export type { CatalogQuery } from './scanCatalog';
export {
  CATALOG_CHANGES_TOPIC,
  isCatalogChangesPayload,
} from './catalogChanges';
export type { CatalogChangesPayload } from './catalogChanges';
