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

import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_COLLATOR_SETTINGS, readCollatorSettings } from './config';

function settingsOf(dataProducts: object | undefined) {
  return readCollatorSettings(
    mockServices.rootConfig({
      data: dataProducts ? { search: { collators: { dataProducts } } } : {},
    }),
  );
}

describe('readCollatorSettings', () => {
  it('runs every 10 minutes, 200 products a request, when nothing is configured', () => {
    expect(settingsOf(undefined)).toEqual(DEFAULT_COLLATOR_SETTINGS);
    expect(DEFAULT_COLLATOR_SETTINGS.schedule.frequency).toEqual({
      minutes: 10,
    });
  });

  it('reads the schedule and batch size an operator sets', () => {
    const settings = settingsOf({
      schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 } },
      batchSize: 50,
    });

    expect(settings).toEqual({
      schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 } },
      batchSize: 50,
    });
  });

  it('names the key and the range of a batch size the listing cannot serve', () => {
    expect(() => settingsOf({ batchSize: 1000 })).toThrow(
      'search.collators.dataProducts.batchSize: expected a whole number from 1 to 500, got 1000',
    );
  });
});
