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

import type { ApiEntity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  type AnyApiFactory,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import type { ApiDocsConfig } from '@backstage/plugin-api-docs';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { apiDocsOdcsConfigApi, apiDocsOdcsModule } from './apiDocsOdcsModule';

const apiOfType = (type: string, definition = ''): ApiEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: `orders-${type}` },
  spec: { type, lifecycle: 'production', owner: 'group:sales', definition },
});

describe('apiDocsOdcsModule', () => {
  it('picks the ODCS widget for odcs APIs and keeps the defaults for the others', () => {
    const factory = createExtensionTester(apiDocsOdcsConfigApi).get(
      ApiBlueprint.dataRefs.factory,
    ) as AnyApiFactory;
    expect(factory.api.id).toBe('plugin.api-docs.config');
    const config = factory.factory({}) as ApiDocsConfig;
    const titleFor = (type: string) =>
      config.getApiDefinitionWidget(apiOfType(type))?.title;
    expect(titleFor('odcs')).toBe('ODCS data contract');
    expect(titleFor('openapi')).toBe('OpenAPI');
    expect(titleFor('asyncapi')).toBe('AsyncAPI');
    expect(titleFor('graphql')).toBe('GraphQL');
    expect(titleFor('grpc')).toBe('gRPC');
    expect(titleFor('trpc')).toBe('tRPC');
    expect(titleFor('soap')).toBeUndefined();
  });

  it("renders an odcs API's definition card as a contract in an app with API docs", async () => {
    const entity = apiOfType(
      'odcs',
      'apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\nname: Orders\nschema:\n  - name: orders\n    properties:\n      - name: order_id\n        logicalType: string\n',
    );
    renderTestApp({
      features: [apiDocsPlugin, apiDocsOdcsModule],
      extensions: [createTestEntityPage({ entity })],
      apis: [catalogApiMock({ entities: [entity] })],
    });
    // the API docs page and the lazily loaded widget take a while on a busy machine
    const slow = { timeout: 15_000 };
    // the Definition card and the Definition tab both use the widget
    expect(
      await screen.findAllByRole('tab', { name: 'ODCS data contract' }, slow),
    ).not.toHaveLength(0);
    expect(
      await screen.findAllByRole('table', { name: 'Columns of orders' }, slow),
    ).not.toHaveLength(0);
  }, 30_000);
});
