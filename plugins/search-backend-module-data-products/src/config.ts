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
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type RootConfigService,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

const CONFIG_KEY = 'search.collators.dataProducts';

/** The most the data-products listing returns in one page. */
export const MAX_BATCH_SIZE = 500;

/** How the data-product collator runs, read from `search.collators.dataProducts`. */
export interface DataProductCollatorSettings {
  schedule: SchedulerServiceTaskScheduleDefinition;
  batchSize: number;
}

/**
 * The defaults: the first run waits a minute so that the data-products
 * backend has scored the catalog once (its first evaluation runs after 20
 * seconds) and products show up with their level.
 */
export const DEFAULT_COLLATOR_SETTINGS: DataProductCollatorSettings = {
  schedule: {
    frequency: { minutes: 10 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 1 },
  },
  batchSize: 200,
};

/** Reads the collator's settings; a bad value fails startup with the key named. */
export function readCollatorSettings(
  config: RootConfigService,
): DataProductCollatorSettings {
  const scheduleKey = `${CONFIG_KEY}.schedule`;
  let schedule = DEFAULT_COLLATOR_SETTINGS.schedule;
  if (config.has(scheduleKey)) {
    try {
      schedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(scheduleKey),
      );
    } catch (error) {
      throw new Error(`Invalid schedule at ${scheduleKey}: ${error}`);
    }
  }

  const batchSizeKey = `${CONFIG_KEY}.batchSize`;
  const batchSize =
    config.getOptionalNumber(batchSizeKey) ??
    DEFAULT_COLLATOR_SETTINGS.batchSize;
  if (
    !Number.isInteger(batchSize) ||
    batchSize < 1 ||
    batchSize > MAX_BATCH_SIZE
  ) {
    throw new Error(
      `${batchSizeKey}: expected a whole number from 1 to ${MAX_BATCH_SIZE}, got ${batchSize}`,
    );
  }
  return { schedule, batchSize };
}
