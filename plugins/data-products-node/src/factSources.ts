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

import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type {
  RunReadResult,
  ToolName,
} from '@meshwork/plugin-data-products-common';

/**
 * A tool whose results count as facts once its module is installed: dbt,
 * OpenLineage, Great Expectations, datacontract-cli. The data-products
 * backend serves `POST /api/data-products/runs/<tool>` for it, taking the
 * tool's own output as JSON, and matches what `read` returns to the output
 * ports of the catalog's data products.
 * @public
 */
export interface DataProductFactSource {
  tool: ToolName;
  /**
   * Reads the tool's output as posted. Never throws: what it cannot read is
   * a problem, named by its JSON path, and the rest is still read.
   */
  read(body: unknown): RunReadResult;
  /**
   * Paths under `/api/data-products` where the tool posts by itself, besides
   * `/runs/<tool>`: OpenLineage's HTTP transport posts to
   * `<url>/api/v1/lineage`, so its module adds `/openlineage/api/v1/lineage`.
   */
  paths?: string[];
}

/**
 * Lets backend modules add fact sources, as Tech Insights modules add fact
 * retrievers, e.g.
 *
 * ```ts
 * createBackendModule({
 *   pluginId: 'data-products',
 *   moduleId: 'dbt',
 *   register(env) {
 *     env.registerInit({
 *       deps: { factSources: dataProductFactSourcesExtensionPoint },
 *       async init({ factSources }) {
 *         factSources.addFactSource({ tool: 'dbt', read: readDbtArtifacts });
 *       },
 *     });
 *   },
 * });
 * ```
 * @public
 */
export interface DataProductFactSourcesExtensionPoint {
  addFactSource(source: DataProductFactSource): void;
}

/**
 * The extension point for fact sources; see {@link DataProductFactSourcesExtensionPoint}.
 * @public
 */
export const dataProductFactSourcesExtensionPoint =
  createExtensionPoint<DataProductFactSourcesExtensionPoint>({
    id: 'data-products.fact-sources',
  });
