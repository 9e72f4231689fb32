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
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  apiDocsConfigRef,
  defaultDefinitionWidgets,
} from '@backstage/plugin-api-docs';
import { odcsApiDefinitionWidget } from '../components/OdcsContract/odcsApiDefinitionWidget';

/**
 * Replaces `api:api-docs/config`, the API that picks a definition widget
 * per `spec.type`: the API docs defaults (OpenAPI, AsyncAPI, GraphQL, gRPC,
 * tRPC) plus the ODCS data contract widget.
 *
 * @alpha
 */
export const apiDocsOdcsConfigApi = ApiBlueprint.make({
  name: 'config',
  params: defineParams =>
    defineParams({
      api: apiDocsConfigRef,
      deps: {},
      factory: () => {
        const widgets = [
          ...defaultDefinitionWidgets(),
          odcsApiDefinitionWidget(),
        ];
        return {
          getApiDefinitionWidget: (apiEntity: ApiEntity) =>
            widgets.find(widget => widget.type === apiEntity.spec.type),
        };
      },
    }),
});

/**
 * Renders `spec.type: odcs` API entities as data contracts on their
 * Definition tab and card. Needs the API docs plugin; replaces its
 * definition widget config, so an app with its own widgets should add
 * `odcsApiDefinitionWidget` (from the package's main entry) to those instead.
 *
 * @alpha
 */
export const apiDocsOdcsModule = createFrontendModule({
  pluginId: 'api-docs',
  extensions: [apiDocsOdcsConfigApi],
});
