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
import type { HumanDuration } from '@backstage/types';

export interface Config {
  dataProducts?: {
    scorecard?: {
      /** When every data product is evaluated; default every 10 minutes, first after 20 seconds. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** How often the catalog is checked for changed products, which are evaluated at once; default every 30 seconds. */
      changeSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Share of passed data-quality checks that quality-checks-pass needs, 0 to 1; default 0.95. */
      qualityThreshold?: number;
      /** Ids of built-in rules the governance group switched off. */
      disabledRules?: string[];
      /** The governance group's own rules; the README's scorecard "Configuration" lists the operators. */
      rules?: Array<{
        id: string;
        title?: string;
        description?: string;
        level: 'bronze' | 'silver' | 'gold';
        weight?: number;
        appliesTo?: { status?: string[]; domain?: string[]; type?: string[] };
        enforcedFrom?: string;
        check: {
          path: string;
          operator: string;
          value?: unknown;
          check?: object;
        };
      }>;
    };
    waivers?: {
      /** The longest a waiver may run, e.g. `{ days: 90 }` (the default) or `P30D`. */
      maxDuration?: HumanDuration | string;
    };
    facts?: {
      /** How long superseded facts are kept, e.g. `{ days: 90 }` (the default); the latest per key always stays. Unplaced tool results are kept as long. */
      retention?: HumanDuration | string;
    };
    /** Tool runs posted to `/runs` (dbt, OpenLineage, Great Expectations, datacontract-cli). */
    runs?: {
      /** The largest body `POST /runs/<tool>` takes, e.g. `100mb` (the default; a 10,000-test dbt manifest is about 30 MB). */
      maxBodySize?: string;
      /** How long the index of output ports that places results is reused, e.g. `{ seconds: 30 }` (the default). */
      portIndexTtl?: HumanDuration | string;
    };
    permissions?: {
      /**
       * How long the refs a conditional catalog read decision lets a caller
       * see are reused, e.g. `{ seconds: 10 }` (the default). A product the
       * policy newly hides may show that long in listings; single products
       * are always checked with the catalog.
       */
      readCacheTtl?: HumanDuration | string;
    };
    /** Notifications through Backstage's notifications plugin. */
    notifications?: {
      /** The group that hears of new waiver requests; default `group:default/governance`. */
      governanceGroup?: string;
      /** How long before a waiver expires its owners are reminded, e.g. `{ days: 7 }` (the default) or `P7D`. */
      waiverExpiryNotice?: HumanDuration | string;
      /** When the reminders of expiring waivers go out; default daily, first a minute after startup. */
      reminderSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
