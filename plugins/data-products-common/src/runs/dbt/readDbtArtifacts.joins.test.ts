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

import {
  DBT_RUNS,
  datasetOf,
  dbtArtifact as artifact,
} from '../__testUtils__/dbtArtifacts';
import { readDbtArtifacts } from './readDbtArtifacts';

const { build10: BUILD_1_0, build17: BUILD_1_7 } = DBT_RUNS;

describe('readDbtArtifacts joining run results to a manifest', () => {
  it('puts a relationships test on the model its argument names when the manifest has no attached_node', () => {
    const manifest = artifact(BUILD_1_7, 'manifest.json');
    const id =
      'test.jaffle_shop.relationships_orders_customer_id__customer_id__ref_customers_.c6ec7f58f2';
    delete manifest.nodes[id].attached_node;
    const { runs } = readDbtArtifacts({
      runResults: artifact(BUILD_1_7, 'run_results.json'),
      manifest,
    });
    expect(
      datasetOf(runs[0], 'model.jaffle_shop.orders').checks.map(c => c.name),
    ).toContain(
      'relationships_orders_customer_id__customer_id__ref_customers_',
    );
    expect(
      datasetOf(runs[0], 'model.jaffle_shop.customers').checks.map(c => c.name),
    ).not.toContain(
      'relationships_orders_customer_id__customer_id__ref_customers_',
    );
  });

  it('says when the manifest is from another invocation, and still joins by unique_id', () => {
    const { runs, problems } = readDbtArtifacts({
      runResults: artifact(BUILD_1_0, 'run_results.json'),
      manifest: artifact(BUILD_1_7, 'manifest.json'),
    });
    const [run] = runs;
    expect(datasetOf(run, 'model.jaffle_shop.orders')).toMatchObject({
      keys: [
        'dbt:model.jaffle_shop.orders',
        'relation:your-project.jaffle_shop.orders',
      ],
    });
    expect(
      run.datasets.flatMap(d => d.checks).filter(c => c.kind === 'quality'),
    ).toHaveLength(20);
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(
        /^manifest\.metadata\.invocation_id: found "7ee58a18-366a-45b0-a0f2-a8a09f5e87ec", expected "5b7ab67d-5559-49b8-9373-35eab8b9f2f7" \(run_results\.json's invocation\); nodes were still joined by unique_id/,
      ),
    ]);
  });
});
