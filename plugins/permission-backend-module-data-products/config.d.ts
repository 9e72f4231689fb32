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

export interface Config {
  dataProducts?: {
    permissions?: {
      /**
       * Options for `@meshwork/plugin-permission-backend-module-data-products`,
       * the permission policy of Meshwork's data products. Groups are entity
       * refs: `governance` reads as `group:default/governance`.
       */
      policy?: {
        /**
         * Who approve or reject waivers and read every data product,
         * restricted ones included. Default: the group in
         * `dataProducts.notifications.governanceGroup` (itself
         * `group:default/governance` by default), so those who hear of a
         * waiver request are those who may decide it.
         */
        governanceGroups?: string[];
        /** Who else read every data product, restricted ones included; default none. */
        readEveryProductGroups?: string[];
        /**
         * Who may report facts as a signed-in person (`POST
         * /api/data-products/facts`); default none. Pipelines report with
         * service tokens, which Backstage never asks a policy about.
         */
        factReporterGroups?: string[];
        /**
         * The `spec.classification` values whose products only the owning
         * group's tree, the governance groups and `readEveryProductGroups`
         * may read; default `[restricted]`. An empty list hides nothing.
         */
        restrictedClassifications?: string[];
        /**
         * Who may register or remove catalog locations
         * (`catalog.location.create`, `catalog.location.delete`). When not
         * set, the module has no say in them: standing alone it allows them,
         * as Backstage's allow-all policy does.
         */
        locationAdminGroups?: string[];
      };
    };
  };
}
