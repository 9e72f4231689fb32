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
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { readGroupRef } from '@meshwork/plugin-data-products-node';

/** The plugin's settings under `dataProducts`, with their defaults. */
export interface DataProductsSettings {
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** How often the catalog is checked for changed products. */
  changeSchedule: SchedulerServiceTaskScheduleDefinition;
  qualityThreshold: number;
  waiverMaxDurationMs: number;
  factRetentionMs: number;
  /** How long a conditional read decision's readable refs are reused. */
  readCacheTtlMs: number;
  /** The largest tool output `POST /runs/<tool>` takes, as express.json reads it. */
  runsMaxBodySize: string;
  /** How long the port index that places tool results is reused. */
  portIndexTtlMs: number;
  notifications: {
    /** Who hears of new waiver requests, a full entity ref. */
    governanceGroup: string;
    /** How long before a waiver expires its owner is reminded. */
    waiverExpiryNoticeMs: number;
    /** When the reminders of expiring waivers go out. */
    reminderSchedule: SchedulerServiceTaskScheduleDefinition;
  };
}

function durationMs(
  config: Config,
  key: string,
  fallback: HumanDuration,
): number {
  return durationToMilliseconds(
    config.has(key) ? readDurationFromConfig(config, { key }) : fallback,
  );
}

function scheduleOf(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;
}

function notificationSettings(
  config: Config,
): DataProductsSettings['notifications'] {
  return {
    governanceGroup: readGroupRef(
      config,
      'dataProducts.notifications.governanceGroup',
      'group:default/governance',
    ),
    waiverExpiryNoticeMs: durationMs(
      config,
      'dataProducts.notifications.waiverExpiryNotice',
      { days: 7 },
    ),
    reminderSchedule: scheduleOf(
      config,
      'dataProducts.notifications.reminderSchedule',
      {
        frequency: { hours: 24 },
        timeout: { minutes: 10 },
        initialDelay: { minutes: 1 },
      },
    ),
  };
}

/** Reads `dataProducts.*`; a bad value fails startup with the key named. */
export function readSettings(config: Config): DataProductsSettings {
  const schedule = scheduleOf(config, 'dataProducts.scorecard.schedule', {
    frequency: { minutes: 10 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 20 },
  });
  const changeSchedule = scheduleOf(
    config,
    'dataProducts.scorecard.changeSchedule',
    {
      frequency: { seconds: 10 },
      timeout: { minutes: 2 },
      initialDelay: { seconds: 10 },
    },
  );
  const qualityThreshold =
    config.getOptionalNumber('dataProducts.scorecard.qualityThreshold') ?? 0.95;
  if (!(qualityThreshold >= 0 && qualityThreshold <= 1)) {
    throw new Error(
      `dataProducts.scorecard.qualityThreshold: expected a share between 0 and 1, got ${qualityThreshold}`,
    );
  }
  return {
    schedule,
    changeSchedule,
    qualityThreshold,
    waiverMaxDurationMs: durationMs(
      config,
      'dataProducts.waivers.maxDuration',
      { days: 90 },
    ),
    factRetentionMs: durationMs(config, 'dataProducts.facts.retention', {
      days: 90,
    }),
    readCacheTtlMs: durationMs(
      config,
      'dataProducts.permissions.readCacheTtl',
      { seconds: 10 },
    ),
    runsMaxBodySize:
      config.getOptionalString('dataProducts.runs.maxBodySize') ?? '100mb',
    portIndexTtlMs: durationMs(config, 'dataProducts.runs.portIndexTtl', {
      seconds: 30,
    }),
    notifications: notificationSettings(config),
  };
}
