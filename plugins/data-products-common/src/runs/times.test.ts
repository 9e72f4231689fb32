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

import { isoTimeOf } from './times';

describe('isoTimeOf', () => {
  it.each([
    ['2021-08-23T15:06:44.629950Z', '2021-08-23T15:06:44.629Z'],
    ['2025-01-01T11:02:27.087519+00:00', '2025-01-01T11:02:27.087Z'],
    ['2026-01-20 12:57:48.977036+00:00', '2026-01-20T12:57:48.977Z'],
    ['2026-01-20T13:57:48.977036+01:00', '2026-01-20T12:57:48.977Z'],
    ['2024-10-16T16:53:51.761Z', '2024-10-16T16:53:51.761Z'],
    ['20200322T170247.671855Z', '2020-03-22T17:02:47.671Z'],
    // No zone: UTC, so that a browser and a backend read it alike.
    ['2024-11-27T23:49:47.208381', '2024-11-27T23:49:47.208Z'],
  ])('%s → %s', (text, iso) => {
    expect(isoTimeOf(text)).toBe(iso);
  });

  it.each([
    '1',
    'yesterday',
    '2026-02-31T00:00:00Z',
    '2026-13-01',
    '{{ any(result) }}',
    '0999-01-01',
  ])('refuses %s', text => {
    expect(isoTimeOf(text)).toBeUndefined();
  });
});
