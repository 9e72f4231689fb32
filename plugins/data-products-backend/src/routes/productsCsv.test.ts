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

  // Titles a domain owner could write, each hiding a formula where a
  // spreadsheet might start a cell: after a comma, a semicolon, a tab or a
  // line break, behind spaces, or behind a quote that closes a cell early.
  const hostileTitles = [
    'x;=1+1',
    'x,=1+1',
    'x\t=1+1',
    'x\n=1+1',
    'x\r=1+1',
    'x; =1+1',
    'x;+1',
    'x;-1',
    'x;@SUM(A1)',
    'x;\t=1',
    '\t=1',
    ' =1+1',
    '=1+2";=1+2', // OWASP's own examples
    '=1+2\'" ;,=1+2',
    'x";=HYPERLINK("http://evil","x")',
  ];

  it('neutralises a formula after a separator, not only at the start', () => {
    const csv = productsCsv(
      [
        item({ title: 'x;=1+1' }),
        item({ title: 'x\t=1+1' }),
        item({ title: 'Orders, -daily' }),
        item({ title: '=1+2";=1+2' }),
      ],
      [],
    );
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `dataproduct:default/orders,"x;'=1+1",,,,,gold,100`,
      `dataproduct:default/orders,"x\t'=1+1",,,,,gold,100`,
      `dataproduct:default/orders,"Orders,' -daily",,,,,gold,100`,
      `dataproduct:default/orders,"'=1+2"";'=1+2",,,,,gold,100`,
    ]);
  });

  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])(
    'leaves no cell starting with a formula however it is split (%j, %s)',
    separator => {
      const csv = productsCsv(
        hostileTitles.map(title => item({ title })),
        [],
      );
      // The worst reader: splits on the separator and on line breaks,
      // ignores every quote, trims spaces.
      const cells = csv
        .split(/\r\n|\r|\n/)
        .flatMap(line => line.split(separator))
        .map(cell => cell.replace(/"/g, '').trimStart());
      const formulas = cells.filter(cell => /^[=+\-@]/.test(cell));
      expect(formulas).toEqual([]);
    },
  );

  it('keeps the text of a neutralised title readable in one cell', () => {
    const csv = productsCsv([item({ title: 'x;=1+1' })], []);
    // A reader that honours RFC 4180 quoting gets the title back, with the
    // apostrophe that marks the formula as text.
    expect(csv).toContain(`,"x;'=1+1",`);
  });
});
