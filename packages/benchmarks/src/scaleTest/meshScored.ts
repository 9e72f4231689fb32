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

import { waitFor, type Scene } from './scene';

/** Until both replicas list every product scored, and the example pipelines' runs made orders-daily gold. */
export async function meshScored(scene: Scene) {
  const ready = await waitFor(async () => {
    for (const replica of scene.replicas) {
      const api = scene.people.as('governance', replica.baseUrl);
      const listed = await api.get('/api/data-products/products?limit=1');
      if (listed.body?.totalCount !== scene.productCount) return undefined;
    }
    const orders = await scene.people
      .as('governance', scene.replicas[0].baseUrl)
      .get('/api/data-products/scorecards/dataproduct/default/orders-daily');
    return orders.body?.level === 'gold' ? true : undefined;
  }, 180_000);
  if (!ready) {
    throw new Error(
      `the ${scene.productCount} products were not all scored, orders-daily gold, within 3 minutes`,
    );
  }
}
