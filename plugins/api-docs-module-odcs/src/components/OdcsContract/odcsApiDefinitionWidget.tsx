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

import { lazy, Suspense } from 'react';
import { Progress } from '@backstage/core-components';
import type { ApiDefinitionWidget } from '@backstage/plugin-api-docs';

// Widgets are built when the app starts; the contract view (and the YAML
// parser it brings) loads only when someone opens an ODCS definition.
const LazyOdcsContractDefinition = lazy(() =>
  import('./OdcsContractDefinition').then(m => ({
    default: m.OdcsContractDefinition,
  })),
);

/**
 * The API docs definition widget for `spec.type: odcs`. In a legacy app, add
 * it to the widgets of the `apiDocsConfigRef` factory (see the README); the
 * new frontend system gets it from `apiDocsOdcsModule`.
 *
 * @public
 */
export function odcsApiDefinitionWidget(): ApiDefinitionWidget {
  return {
    type: 'odcs',
    title: 'ODCS data contract',
    // the Raw tab highlights the definition as YAML (JSON reads fine too)
    rawLanguage: 'yaml',
    component: definition => (
      <Suspense fallback={<Progress />}>
        <LazyOdcsContractDefinition definition={definition} />
      </Suspense>
    ),
  };
}
