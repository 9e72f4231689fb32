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

/* eslint-disable no-script-url -- script URLs are what these tests feed in */

import type { ApiEntity, Entity } from '@backstage/catalog-model';
import { renderTestApp } from '@backstage/frontend-test-utils';
import {
  catalogGraphApiRef,
  catalogGraphRouteRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import dataProductsPlugin from '../alpha';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { mockDataProductsApi } from '../__testUtils__/mockDataProductsApi';
import { DataProductSearchResultListItem } from '../components/DataProductSearchResultListItem';

// What a browser may follow from a page; every other scheme could run script.
const LINKABLE = ['http:', 'https:', 'mailto:'];

/**
 * Every link on the page whose target is not http(s) or mail, as jsdom's
 * own URL parser (not the plugin's) resolves it, so the page is judged by
 * what a browser would open.
 */
function unsafeLinks(): string[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
    .filter(a => !LINKABLE.includes(a.protocol))
    .map(a => a.getAttribute('href')!);
}

const script = 'javascript:alert(document.cookie)';

/**
 * Stored before the schema refused such URLs: the catalog still serves it
 * as it was, so the pages are what stands between it and a click.
 */
const storedProduct: Entity = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: {
    name: 'orders-daily',
    namespace: 'default',
    title: 'Orders (daily)',
    description: 'Every confirmed order line, refreshed nightly.',
    links: [{ url: script, title: 'Dashboard' }],
  },
  spec: {
    owner: 'group:sales-data',
    domain: 'sales',
    status: 'active',
    support: [
      { channel: '#orders-data', url: `  JaVaScRiPt:alert(1)` },
      { channel: '#orders-help', url: 'java\tscript:alert(1)' },
      { channel: 'orders-data@example.com', url: 'mailto:orders@example.com' },
    ],
    outputPorts: [
      {
        name: 'orders-v2',
        contract: 'api:orders-contract',
        accessRequest: { url: 'data:text/html,<script>alert(1)</script>' },
      },
      {
        name: 'orders-v1',
        accessRequest: { url: 'https://access.example.com/orders' },
      },
    ],
    managementPorts: [
      { name: 'metrics', content: 'observability', url: 'vbscript:msgbox(1)' },
    ],
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/sales-data' },
    { type: 'providesApi', targetRef: 'api:default/orders-contract' },
  ],
};

/**
 * The contract the product's port names, so its page shows the same
 * relations; its definition's links are the ODCS module's to check.
 */
const contract: ApiEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: 'orders-contract', namespace: 'default' },
  spec: {
    type: 'odcs',
    lifecycle: 'production',
    owner: 'group:sales-data',
    definition: '',
  },
};

const catalog = () => catalogApiMock({ entities: [storedProduct, contract] });

// The pages load lazily; a busy machine takes its time.
const slow = { timeout: 15_000 };

describe('links from stored documents', () => {
  beforeAll(() => {
    // jsdom lays nothing out; the lineage graph measures its node labels
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 100, height: 20 }),
      configurable: true,
    });
  });

  it("never reach the browser as a script from a data product's page", async () => {
    renderTestApp({
      features: [dataProductsPlugin],
      extensions: [createTestEntityPage({ entity: storedProduct })],
      apis: [
        catalog(),
        [catalogGraphApiRef, new DefaultCatalogGraphApi()],
        [dataProductsApiRef, mockDataProductsApi()],
      ],
      mountedRoutes: { '/catalog-graph': catalogGraphRouteRef },
      config: {
        app: {
          // the scorecard tab reads the backend; its links are refs, tested elsewhere
          extensions: [{ 'entity-content:data-products/scorecard': false }],
        },
      },
    });

    // the channels still read, as text
    expect(await screen.findByText('#orders-data', {}, slow)).toHaveAttribute(
      'title',
      'Not linked: only http, https and mailto addresses are opened',
    );
    expect(screen.getByText('#orders-help')).not.toHaveAttribute('href');
    expect(
      screen.getByRole('link', { name: 'orders-data@example.com' }),
    ).toHaveAttribute('href', 'mailto:orders@example.com');

    // the port with a script for an access link says why it has none
    const outputs = within(
      await screen.findByRole('region', { name: 'Output ports' }, slow),
    );
    const v2 = within(outputs.getByRole('region', { name: 'orders-v2' }));
    expect(
      v2.getByText(
        'Not linked: only http, https and mailto addresses are opened',
      ),
    ).toBeInTheDocument();
    expect(v2.queryByRole('link', { name: 'Request access' })).toBeNull();
    const v1 = within(outputs.getByRole('region', { name: 'orders-v1' }));
    expect(v1.getByRole('link', { name: 'Request access' })).toHaveAttribute(
      'href',
      'https://access.example.com/orders',
    );
    // the management port with a script for a link is named, unlinked
    expect(
      within(
        screen.getByRole('region', { name: 'Management ports' }),
      ).getByText('metrics'),
    ).toHaveAttribute(
      'title',
      'Not linked: only http, https and mailto addresses are opened',
    );

    expect(
      await screen.findByRole('heading', { name: 'Lineage' }, slow),
    ).toBeInTheDocument();
    expect(unsafeLinks()).toEqual([]);
  }, 30_000);

  it('never reach the browser as a script from a search result', async () => {
    await renderInTestApp(
      <DataProductSearchResultListItem
        result={{ title: 'Orders (daily)', text: '', location: script }}
      />,
    );
    expect(await screen.findByText('Orders (daily)')).toBeInTheDocument();
    expect(unsafeLinks()).toEqual([]);
  });
});
