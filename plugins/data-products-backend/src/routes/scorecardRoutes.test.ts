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

import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { browseRecords } from '../__testUtils__/browseRecords';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

describe('rollup trend', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [],
      policy: () => true,
    });
    // Six weeks ago the sales products scored 60 and 40; the rest were new since.
    const [orders, discounts] = browseRecords;
    await router.store.saveScorecards(
      [
        { ...orders, scorecard: { ...orders.scorecard, score: 60 } },
        { ...discounts, scorecard: { ...discounts.scorecard, score: 40 } },
      ],
      daysAgo(42),
    );
    await router.store.saveScorecards(browseRecords, daysAgo(1));
  });
  afterAll(() => router.close());

  const rollups = async (query: string) => {
    const { status, body } = await router.call(
      'GET',
      `/rollups?${query}`,
      mockCredentials.user.header(),
    );
    expect(status).toBe(200);
    return body;
  };

  it('compares each average with that of the same products trendDays ago', async () => {
    const { items, trendSince } = await rollups('by=domain');
    expect(Date.parse(trendSince)).toBeCloseTo(daysAgo(30).getTime(), -5);
    const trend = Object.fromEntries(
      items.map((r: any) => [
        r.entityRef,
        [r.averageScore, r.previousAverageScore],
      ]),
    );
    expect(trend).toEqual({
      'domain:default/customer': [60, undefined],
      'domain:default/finance': [40, undefined],
      'domain:default/sales': [90, 50],
    });
    const longAgo = await rollups('by=domain&trendDays=60');
    expect(
      longAgo.items.map((r: any) => r.previousAverageScore ?? 'none'),
    ).toEqual(['none', 'none', 'none']);
  });

  it('refuses a trend outside 1 to 365 days, naming the parameter', async () => {
    const response = await router.call(
      'GET',
      '/rollups?by=owner&trendDays=400',
      mockCredentials.user.header(),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'trendDays: Number must be less than or equal to 365',
    );
  });
});
