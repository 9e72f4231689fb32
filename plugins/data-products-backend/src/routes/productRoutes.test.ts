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
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import { browseRecords } from '../__testUtils__/browseRecords';
import { entity } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const childOf = (name: string, parent: string) =>
  entity('Group', name, {
    relations: [{ type: 'childOf', targetRef: `group:default/${parent}` }],
  });

describe('product routes', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [
        entity('Group', 'org'),
        childOf('sales-data', 'org'),
        childOf('sales-orders-team', 'sales-data'),
        childOf('finance-data', 'org'),
        entity('Group', 'customer-data'),
      ],
      policy: () => true,
    });
    await router.store.saveScorecards(browseRecords, new Date());
  });
  afterAll(() => router.close());

  const get = async (path: string) =>
    (await router.call('GET', path, mockCredentials.user.header())).body;
  const names = async (path: string) =>
    (await get(path)).items.map((item: { name: string }) => item.name);

  it('lists products filtered, sorted and paged, filters taking one value or several', async () => {
    expect(await names('/products?domain=sales&domain=finance')).toEqual([
      'discounts',
      'ledger',
      'orders',
    ]);
    expect(await names('/products?owner=sales-data')).toEqual(['discounts']);
    expect(
      await names('/products?level=gold&level=silver&sort=level&order=desc'),
    ).toEqual(['orders', 'discounts']);
    expect(await names('/products?tag=pii&failing=has-docs')).toEqual([
      'customers',
    ]);
    expect(
      await names(
        '/products?status=draft&type=aggregate&classification=confidential',
      ),
    ).toEqual(['discounts']);
    expect(await names('/products?q=50%25')).toEqual(['discounts']);
    const page = await get('/products?sort=score&order=desc&offset=2&limit=2');
    expect(page).toMatchObject({ totalCount: 5, offset: 2, limit: 2 });
    expect(page.items.map((i: { name: string }) => i.name)).toEqual([
      'customers',
      'ledger',
    ]);
    expect(await get('/products')).toMatchObject({ offset: 0, limit: 25 });
  });

  it("lists the products of a group's whole subtree", async () => {
    expect(await names('/products?underOwner=sales-data')).toEqual([
      'discounts',
      'orders',
    ]);
    expect(await names('/products?underOwner=group:default/org')).toEqual([
      'discounts',
      'ledger',
      'orders',
    ]);
  });

  it('counts facet values, each facet leaving out its own filter', async () => {
    const facets = await get('/products/facets?level=gold&domain=sales');
    expect(facets.level).toEqual([
      { value: 'gold', count: 1 },
      { value: 'silver', count: 1 },
    ]);
    expect(facets.domain).toEqual([
      { value: 'domain:default/sales', count: 1 },
    ]);
    expect(Object.keys(facets)).toEqual([
      'domain',
      'owner',
      'status',
      'type',
      'level',
      'classification',
      'tag',
      'failing',
    ]);
  });

  it('exports the matching products as CSV, a column per active rule', async () => {
    const response = await router.download(
      '/products.csv?domain=sales&domain=finance&sort=score&order=desc',
      mockCredentials.user.header(),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'text/csv; charset=utf-8',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="data-products.csv"',
    );
    const ruleIds = builtinScorecardRules.map(rule => rule.id);
    const statesOf = (states: Record<string, string>) =>
      ruleIds.map(id => states[id] ?? '').join(',');
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe(
      `entityRef,title,domain,owner,status,type,level,score,${ruleIds.join(
        ',',
      )}`,
    );
    expect(lines.slice(1)).toEqual([
      `dataproduct:default/orders,Orders,domain:default/sales,group:default/sales-orders-team,active,source-aligned,gold,100,${statesOf(
        { 'has-owner': 'pass', 'has-docs': 'pass', 'sla-declared': 'pass' },
      )}`,
      `dataproduct:default/discounts,Discounts 50% report,domain:default/sales,group:default/sales-data,draft,aggregate,silver,80,${statesOf(
        { 'has-owner': 'pass', 'has-docs': 'fail', 'sla-declared': 'pass' },
      )}`,
      `dataproduct:default/ledger,"Ledger, ""general""",domain:default/finance,group:default/finance-data,active,aggregate,none,40,${statesOf(
        { 'has-owner': 'pass', 'has-docs': 'pass', 'sla-declared': 'fail' },
      )}`,
      '',
    ]);
  });

  it('answers bad parameters with 400, naming them', async () => {
    const cases: Array<[string, string]> = [
      [
        '/products?limit=501',
        'limit: Number must be less than or equal to 500',
      ],
      [
        '/products?offset=-1',
        'offset: Number must be greater than or equal to 0',
      ],
      [
        '/products?offset=10000000000000000000',
        'offset: Number must be less than or equal to 1000000000',
      ],
      [
        '/products?sort=colour',
        "sort: Invalid enum value. Expected 'title' | 'domain' | 'owner' | 'status' | 'type' | 'level' | 'score' | 'evaluatedAt', received 'colour'",
      ],
      [
        '/products?level=gold&level=platinum',
        "level.1: Invalid enum value. Expected 'none' | 'bronze' | 'silver' | 'gold', received 'platinum'",
      ],
      [
        '/products?failing=Has%20Docs',
        'failing.0: expected a rule id such as has-owner',
      ],
      ['/products?tag=two%20words', 'tag.0: expected a tag such as pii'],
      [
        '/products?underOwner=group%3A',
        'underOwner: expected an entity ref such as group:my-name',
      ],
      ['/products?colour=red', 'unknown parameters colour'],
      ['/products/facets?sort=title', 'unknown parameters sort'],
      ['/products.csv?offset=5', 'unknown parameters offset'],
    ];
    for (const [path, message] of cases) {
      const response = await router.call(
        'GET',
        path,
        mockCredentials.user.header(),
      );
      expect([path, response.status, response.body.error.message]).toEqual([
        path,
        400,
        message,
      ]);
    }
  });

  it('refuses every product route without credentials', async () => {
    for (const path of ['/products', '/products/facets', '/products.csv']) {
      const response = await router.call(
        'GET',
        path,
        mockCredentials.none.header(),
      );
      expect([path, response.status]).toEqual([path, 401]);
    }
  });
});
