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

/*
 * The scale benchmark's backend (npm run bench:scale starts two of these on
 * one PostgreSQL): the plugins of the portal's backend (packages/backend)
 * that the scorecard's figures go through, and nothing else, plus the
 * benchmark's own entity provider. The portal's other plugins (scaffolder,
 * search, techdocs, the app) would only add their own idle work.
 */

import { createBackend } from '@backstage/backend-defaults';
import { catalogModuleGeneratedMesh } from './generatedMeshModule';

const backend = createBackend();

// Sign-in, so that requests are made as a user the read policy applies to
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// The catalog, with the DataProduct kind, fed by the generated mesh
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@meshwork/plugin-catalog-backend-module-data-products'));
backend.add(catalogModuleGeneratedMesh);

// The scorecard (/api/data-products); a level drop notifies the owner
backend.add(import('@meshwork/plugin-data-products-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));

// The events bus on PostgreSQL: the catalog's processing tells the scorecard
// what changed through it, whichever replica processed the entity
backend.add(import('@backstage/plugin-events-backend'));

// Restricted data products are read only by their owner's group tree
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('@meshwork/plugin-permission-backend-module-data-products'));

backend.start();
