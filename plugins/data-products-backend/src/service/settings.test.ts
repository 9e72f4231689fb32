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

import { ConfigReader } from '@backstage/config';
import { readSettings } from './settings';

const DAY = 24 * 60 * 60 * 1000;

describe('readSettings', () => {
  it('defaults to every 10 minutes, 95% quality, 90-day waivers and fact retention, reminders a week ahead, 100 MB tool runs', () => {
    expect(readSettings(new ConfigReader({}))).toEqual({
      schedule: {
        frequency: { minutes: 10 },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 20 },
      },
      changeSchedule: {
        frequency: { seconds: 10 },
        timeout: { minutes: 2 },
        initialDelay: { seconds: 10 },
      },
      qualityThreshold: 0.95,
      readCacheTtlMs: 10_000,
      runsMaxBodySize: '100mb',
      portIndexTtlMs: 30_000,
      waiverMaxDurationMs: 90 * DAY,
      factRetentionMs: 90 * DAY,
      notifications: {
        governanceGroup: 'group:default/governance',
        waiverExpiryNoticeMs: 7 * DAY,
        reminderSchedule: {
          frequency: { hours: 24 },
          timeout: { minutes: 10 },
          initialDelay: { minutes: 1 },
        },
      },
    });
  });

  it('completes a governance group written short and reads the notice period', () => {
    const settings = readSettings(
      new ConfigReader({
        dataProducts: {
          notifications: {
            governanceGroup: 'data-council',
            waiverExpiryNotice: { days: 3 },
          },
        },
      }),
    );
    expect(settings.notifications).toMatchObject({
      governanceGroup: 'group:default/data-council',
      waiverExpiryNoticeMs: 3 * DAY,
    });
  });

  it('reads durations as ISO 8601 or as objects', () => {
    const settings = readSettings(
      new ConfigReader({
        dataProducts: {
          waivers: { maxDuration: 'P30D' },
          facts: { retention: { days: 7 } },
          scorecard: { qualityThreshold: 0.9 },
        },
      }),
    );
    expect(settings).toMatchObject({
      waiverMaxDurationMs: 30 * DAY,
      factRetentionMs: 7 * DAY,
      qualityThreshold: 0.9,
    });
  });

  it('fails startup on a bad value, naming the key', () => {
    expect(() =>
      readSettings(
        new ConfigReader({
          dataProducts: { scorecard: { qualityThreshold: 95 } },
        }),
      ),
    ).toThrow(
      'dataProducts.scorecard.qualityThreshold: expected a share between 0 and 1, got 95',
    );
    expect(() =>
      readSettings(
        new ConfigReader({
          dataProducts: { waivers: { maxDuration: 'soon' } },
        }),
      ),
    ).toThrow(/dataProducts\.waivers\.maxDuration/);
    expect(() =>
      readSettings(
        new ConfigReader({
          dataProducts: { notifications: { governanceGroup: 'group:' } },
        }),
      ),
    ).toThrow(
      'dataProducts.notifications.governanceGroup: expected an entity ref such as group:default/governance, got "group:"',
    );
  });
});
