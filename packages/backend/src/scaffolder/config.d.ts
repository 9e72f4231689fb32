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
  meshwork?: {
    localPublish?: {
      /**
       * Folder on the backend's host where the "New data product" template
       * publishes (meshwork:publish:local), one subfolder per product.
       * Relative paths resolve against the backend's working directory;
       * default `../../.meshwork/published` (the repository's, when the
       * backend runs in packages/backend).
       */
      directory?: string;
      /**
       * How often the catalog reads that folder again, for products added or
       * deleted by hand (the template asks for a read itself); every minute
       * by default. It is also read when the backend starts.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
