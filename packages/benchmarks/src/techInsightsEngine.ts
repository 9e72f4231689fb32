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

import { mockServices } from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { JsonRulesEngineFactChecker } from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { catalogLookup, type BenchmarkedEngine } from './ourEngine';
import type { GeneratedMesh } from './generateMesh';
import { InMemoryTechInsightsStore } from './InMemoryTechInsightsStore';
import { techInsightsChecks } from './techInsightsChecks';
import { FACT_SCHEMAS } from './techInsightsFactSchemas';
import { retrieveFacts } from './techInsightsFacts';

/** A store holding what the fact retrievers would have stored for every product. */
async function storeRetrievedFacts(mesh: GeneratedMesh) {
  const store = new InMemoryTechInsightsStore();
  for (const [id, schema] of Object.entries(FACT_SCHEMAS)) {
    await store.insertFactSchema({
      id,
      version: '1.0.0',
      schema,
      entityFilter: [{ kind: 'DataProduct' }],
    });
  }
  const entities = catalogLookup(mesh);
  const findEntity = (ref: string) => entities.get(ref);
  for (const product of mesh.products) {
    const ref = stringifyEntityRef(product);
    const rows = retrieveFacts(
      product,
      findEntity,
      mesh.facts.get(ref) ?? [],
      mesh.now,
    );
    const entity = {
      kind: product.kind,
      namespace: 'default',
      name: product.metadata.name,
    };
    for (const [id, facts] of Object.entries(rows)) {
      await store.insertFacts({ id, facts: [{ entity, facts }] });
    }
  }
  return store;
}

/**
 * Tech Insights' json-rules-engine fact checker: `runChecks` for a product
 * with every check, as its API does per entity. Results are check id to
 * true or false, by product ref.
 */
export async function techInsightsEngine(
  mesh: GeneratedMesh,
): Promise<BenchmarkedEngine<Map<string, Map<string, boolean>>>> {
  const checks = techInsightsChecks();
  const checker = new JsonRulesEngineFactChecker({
    checks,
    repository: await storeRetrievedFacts(mesh),
    // Silent: it logs per skipped check; the benchmark prints its own figures.
    logger: mockServices.rootLogger({ level: 'none' }),
  });
  for (const check of checks) {
    const { valid, message } = await checker.validate(check);
    if (!valid) {
      throw new Error(`Tech Insights rejects check ${check.id}: ${message}`);
    }
  }
  const checkIds = checks.map(c => c.id);
  const refs = mesh.products.map(p => stringifyEntityRef(p));
  return {
    async evaluate(count) {
      const results = new Map<string, Map<string, boolean>>();
      for (const ref of refs.slice(0, count)) {
        const responses = await checker.runChecks(ref, checkIds);
        results.set(ref, new Map(responses.map(r => [r.check.id, r.result])));
      }
      return results;
    },
  };
}
