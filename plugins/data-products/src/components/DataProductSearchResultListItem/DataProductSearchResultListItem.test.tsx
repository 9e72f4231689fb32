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

import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  DataProductSearchResult,
  DataProductSearchResultListItem,
} from './DataProductSearchResultListItem';

/** A document as the data-product collator indexes it. */
const ordersDaily: DataProductSearchResult & Record<string, unknown> = {
  title: 'Orders daily',
  text: 'Every confirmed order line, refreshed nightly.\nTags: orders, finance',
  location: '/catalog/default/dataproduct/orders-daily',
  kind: 'DataProduct',
  entityRef: 'dataproduct:default/orders-daily',
  domain: 'domain:default/sales',
  owner: 'group:ops/sales-data',
  level: 'silver',
  score: 82,
  status: 'active',
  type: 'source-aligned',
  tags: ['orders', 'finance'],
};

describe('DataProductSearchResultListItem', () => {
  it('shows the product with its level, score, domain, owner and tags, linking to its page', async () => {
    await renderInTestApp(
      <DataProductSearchResultListItem result={ordersDaily} />,
    );

    expect(screen.getByRole('link', { name: 'Orders daily' })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/orders-daily',
    );
    expect(screen.getByTitle('Silver, score 82 of 100')).toHaveTextContent(
      'Silver · 82',
    );
    expect(
      screen.getByText(
        'Domain: sales · Owner: ops/sales-data · Tags: orders, finance',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Every confirmed order line, refreshed nightly/),
    ).toBeInTheDocument();
  });

  it('marks the words the search matched in the title and text', async () => {
    await renderInTestApp(
      <DataProductSearchResultListItem
        result={ordersDaily}
        highlight={{
          preTag: '<hl>',
          postTag: '</hl>',
          fields: {
            title: '<hl>Orders</hl> daily',
            text: 'Every confirmed <hl>order</hl> line',
          },
        }}
      />,
    );

    const marks = document.querySelectorAll('mark');
    expect(Array.from(marks).map(mark => mark.textContent)).toEqual([
      'Orders',
      'order',
    ]);
    expect(screen.getByRole('link')).toHaveTextContent('Orders daily');
  });

  it('leaves out what an older or partial document lacks', async () => {
    await renderInTestApp(
      <DataProductSearchResultListItem
        result={{
          title: 'Shipments',
          text: '',
          location: '/catalog/default/dataproduct/shipments',
          level: 'platinum',
        }}
      />,
    );

    expect(screen.getByRole('link', { name: 'Shipments' })).toBeInTheDocument();
    expect(screen.queryByText(/Domain:|Owner:|Tags:/)).not.toBeInTheDocument();
    expect(screen.queryByTitle(/score/)).not.toBeInTheDocument();
    expect(screen.queryByText('platinum')).not.toBeInTheDocument();
  });
});
