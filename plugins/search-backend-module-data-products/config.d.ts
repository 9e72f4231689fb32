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

import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** Options for `@meshwork/plugin-search-backend-module-data-products`. */
      dataProducts?: {
        /** When the data products are indexed; default every 10 minutes, first after 1 minute. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** Products read per request from the data-products backend, 1 to 500; default 200. */
        batchSize?: number;
      };
    };
  };
}
