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

import type { ApiEntity } from '@backstage/catalog-model';
import { renderTestApp } from '@backstage/frontend-test-utils';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import { apiDocsOdcsModule } from '../alpha';

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

/** An ODCS contract whose support channels point at scripts. */
const storedContract: ApiEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: 'orders-contract', namespace: 'default' },
  spec: {
    type: 'odcs',
    lifecycle: 'production',
    owner: 'group:sales-data',
    definition: [
      'apiVersion: v3.1.0',
      'kind: DataContract',
      'id: orders',
      'version: 1.0.0',
      'status: active',
      'name: Orders',
      'support:',
      '  - channel: "#orders-contract"',
      `    url: "${script}"`,
      '    invitationUrl: "data:text/html,<script>alert(1)</script>"',
      '  - channel: orders-mail',
      '    url: mailto:orders@example.com',
    ].join('\n'),
  },
};

const catalog = () => catalogApiMock({ entities: [storedContract] });

// The pages load lazily; a busy machine takes its time.
const slow = { timeout: 15_000 };

describe('links from stored documents', () => {
  it('never reach the browser as a script from a contract', async () => {
    renderTestApp({
      features: [apiDocsPlugin, apiDocsOdcsModule],
      extensions: [createTestEntityPage({ entity: storedContract })],
      apis: [catalog()],
    });

    // the Definition card and the Definition tab both show the contract
    const [support] = await screen.findAllByRole(
      'table',
      { name: 'Support' },
      slow,
    );
    expect(within(support).getByText('#orders-contract')).not.toHaveAttribute(
      'href',
    );
    expect(within(support).queryByText('Join')).toBeNull();
    expect(
      within(support).getByRole('link', { name: 'orders-mail' }),
    ).toHaveAttribute('href', 'mailto:orders@example.com');
    // and the owner learns why
    expect(
      screen.getAllByText(
        `support[0].url: expected an http, https or mailto URL, got string "${script}"`,
      ),
    ).not.toHaveLength(0);
    expect(unsafeLinks()).toEqual([]);
  }, 30_000);
});
