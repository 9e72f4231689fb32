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

import { queryFromSearchParams, searchParamsFromQuery } from './useBrowseQuery';

describe('the browse URL', () => {
  it('round-trips a shared view, repeated filters included', () => {
    const url =
      'q=orders&underOwner=group%3Adefault%2Fsales&domain=domain%3Adefault%2Fsales&level=gold&level=silver&failing=sla-declared&sort=score&order=desc&offset=50&limit=50';
    const query = queryFromSearchParams(new URLSearchParams(url));
    expect(query).toEqual({
      q: 'orders',
      underOwner: 'group:default/sales',
      domain: ['domain:default/sales'],
      level: ['gold', 'silver'],
      failing: ['sla-declared'],
      sort: 'score',
      order: 'desc',
      offset: 50,
      limit: 50,
    });
    expect(searchParamsFromQuery(query).toString()).toBe(
      'q=orders&underOwner=group%3Adefault%2Fsales&domain=domain%3Adefault%2Fsales&level=gold&level=silver&failing=sla-declared&sort=score&order=desc&offset=50&limit=50',
    );
  });

  it('falls back to defaults for what a hand-edited URL gets wrong', () => {
    expect(
      queryFromSearchParams(
        new URLSearchParams('sort=colour&order=up&offset=-3&limit=10000&q=%20'),
      ),
    ).toEqual({ limit: 25 });
    expect(searchParamsFromQuery({ limit: 25, offset: 0 }).toString()).toBe('');
  });
});
