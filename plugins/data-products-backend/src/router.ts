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

import express from 'express';
import Router from 'express-promise-router';
import { addChangeRoutes } from './routes/changeRoutes';
import { addEvaluationRoutes } from './routes/evaluationRoutes';
import { addFactRoutes } from './routes/factRoutes';
import { addOdpsRoutes } from './routes/odpsRoutes';
import { addProductRoutes } from './routes/productRoutes';
import { addRunRoutes } from './routes/runRoutes';
import { jsonBody } from './routes/jsonBody';
import type { RouteOptions } from './routes/RouteOptions';
import { addScorecardRoutes } from './routes/scorecardRoutes';
import { addWaiverRoutes } from './routes/waiverRoutes';
import { answerDatabaseOutage } from './routes/databaseOutage';

export type { RouteOptions } from './routes/RouteOptions';

/**
 * The REST API under /api/data-products. Every route needs a signed-in user
 * or service (the default auth policy); writes also check permissions.
 */
export async function createRouter(
  options: RouteOptions,
): Promise<express.Router> {
  const router = Router();
  // before the JSON parser below: tool output has a limit of its own
  addRunRoutes(router, options);
  router.use(jsonBody('1mb', ''));
  addScorecardRoutes(router, options);
  addProductRoutes(router, options);
  addOdpsRoutes(router, options);
  addEvaluationRoutes(router, options);
  addChangeRoutes(router, options);
  addFactRoutes(router, options);
  addWaiverRoutes(router, options);
  // last: every route's "database unreachable" becomes a 503
  router.use(answerDatabaseOutage(options.logger, options.databaseAnswers));
  return router;
}
