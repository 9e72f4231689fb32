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

import { expiryTimestamp } from './dates';

describe('dates', () => {
  it('turns a number of days into an expiry a little before that time', () => {
    const now = new Date(2026, 2, 28, 23, 30);
    expect(new Date(expiryTimestamp(1, now)).getTime() - now.getTime()).toBe(
      24 * 60 * 60 * 1000 - 5 * 60 * 1000,
    );
  });
});
