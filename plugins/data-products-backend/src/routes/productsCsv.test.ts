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

import type { DataProductListItem } from '@meshwork/plugin-data-products-common';
import { productsCsv } from './productsCsv';

const item = (fields: Partial<DataProductListItem>): DataProductListItem => ({
  entityRef: 'dataproduct:default/orders',
  name: 'orders',
  title: 'Orders',
  tags: [],
  level: 'gold',
  score: 100,
  failingRuleIds: [],
  states: {},
  evaluatedAt: '2026-11-21T10:00:00.000Z',
  ...fields,
});

describe('productsCsv', () => {
  it('writes a header and one line per product, a column per rule', () => {
    expect(
      productsCsv(
        [
          item({
            domainRef: 'domain:default/sales',
            ownerRef: 'group:default/sales-data',
            status: 'active',
            type: 'aggregate',
            states: { 'has-owner': 'pass', 'has-docs': 'fail' },
          }),
        ],
        ['has-owner', 'has-docs', 'is-versioned'],
      ),
    ).toBe(
      'entityRef,title,domain,owner,status,type,level,score,has-owner,has-docs,is-versioned\r\n' +
        'dataproduct:default/orders,Orders,domain:default/sales,group:default/sales-data,active,aggregate,gold,100,pass,fail,\r\n',
    );
  });

  it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
    const csv = productsCsv(
      [
        item({ title: 'Ledger, "general"' }),
        item({ title: 'Two\nlines' }),
        item({ title: 'Carriage\rreturn' }),
        item({ title: "Plain 'single' quotes" }),
      ],
      [],
    );
    expect(csv.split('\r\n').slice(1)).toEqual([
      'dataproduct:default/orders,"Ledger, ""general""",,,,,gold,100',
      'dataproduct:default/orders,"Two\nlines",,,,,gold,100',
      'dataproduct:default/orders,"Carriage\rreturn",,,,,gold,100',
      "dataproduct:default/orders,Plain 'single' quotes,,,,,gold,100",
      '',
    ]);
  });

  it('keeps spreadsheets from running a title as a formula', () => {
    const csv = productsCsv(
      [
        item({ title: '=HYPERLINK("http://evil","x")' }),
        item({ title: '@SUM(1)' }),
      ],
      [],
    );
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      'dataproduct:default/orders,"\'=HYPERLINK(""http://evil"",""x"")",,,,,gold,100',
      "dataproduct:default/orders,'@SUM(1),,,,,gold,100",
    ]);
  });
});
