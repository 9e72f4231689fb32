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

import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModuleDataProducts } from './module';
import { CatalogChangesProcessor } from './changes/CatalogChangesProcessor';
import { DataProductEntitiesProcessor } from './processor/DataProductEntitiesProcessor';

describe('catalogModuleDataProducts', () => {
  it('registers the DataProduct processor and the change reporter with the catalog', async () => {
    const extensionPoint = { addProcessor: jest.fn() };
    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [catalogModuleDataProducts],
    });
    expect(extensionPoint.addProcessor).toHaveBeenCalledWith(
      expect.any(DataProductEntitiesProcessor),
    );
    expect(extensionPoint.addProcessor).toHaveBeenCalledWith(
      expect.any(CatalogChangesProcessor),
    );
  });
});
