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

import type { AuthService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { ScorecardStore } from '../database/ScorecardStore';
import type { ProductReadAccess } from '../service/ProductReadAccess';
import type { ScorecardRules } from '../service/ScorecardRules';
import { registerExplainDataProductFailuresAction } from './explainDataProductFailuresAction';
import { registerFindDataProductsAction } from './findDataProductsAction';
import { registerGetDataProductScorecardAction } from './getDataProductScorecardAction';

/**
 * The read operations assistants may call through the actions registry
 * (and so MCP clients of the portal): find products, read a scorecard,
 * explain what fails. Each reads with the caller's credentials.
 */
export function registerDataProductActions(options: {
  actionsRegistry: ActionsRegistryService;
  store: ScorecardStore;
  catalog: CatalogService;
  auth: AuthService;
  rules: ScorecardRules;
  readAccess: ProductReadAccess;
}) {
  registerFindDataProductsAction(options);
  registerGetDataProductScorecardAction(options);
  registerExplainDataProductFailuresAction(options);
}
