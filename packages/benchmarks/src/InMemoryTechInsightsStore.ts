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

import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import type {
  FactSchemaDefinition,
  FlatTechInsightFact,
  TechInsightFact,
  TechInsightsStore,
} from '@backstage-community/plugin-tech-insights-node';

/**
 * The latest fact rows and schemas in memory: what the Tech Insights
 * backend's database holds once the retrievers ran, without its query cost,
 * so the benchmark times the fact checker and not a database.
 */
export class InMemoryTechInsightsStore implements TechInsightsStore {
  readonly #rows = new Map<string, Record<string, FlatTechInsightFact>>();
  readonly #schemas = new Map<string, FactSchema>();

  async insertFacts(options: {
    id: string;
    facts: TechInsightFact[];
  }): Promise<void> {
    for (const fact of options.facts) {
      const ref = stringifyEntityRef(fact.entity);
      const rows = this.#rows.get(ref) ?? {};
      rows[options.id] = { ...fact, id: options.id };
      this.#rows.set(ref, rows);
    }
  }

  async getLatestFactsByIds(
    ids: string[],
    entity: string,
  ): Promise<{ [factRef: string]: FlatTechInsightFact }> {
    const rows = this.#rows.get(entity) ?? {};
    const result: { [factRef: string]: FlatTechInsightFact } = {};
    for (const id of ids) if (rows[id]) result[id] = rows[id];
    return result;
  }

  async getEntities(): Promise<CompoundEntityRef[]> {
    return [...this.#rows.keys()].map(ref => parseEntityRef(ref));
  }

  async getFactsBetweenTimestampsByIds(
    ids: string[],
    entity: string,
  ): Promise<{ [factRef: string]: FlatTechInsightFact[] }> {
    // Only the latest rows are kept: history is out of the benchmark's scope.
    const latest = await this.getLatestFactsByIds(ids, entity);
    return Object.fromEntries(
      Object.entries(latest).map(([id, row]) => [id, [row]]),
    );
  }

  async insertFactSchema(definition: FactSchemaDefinition): Promise<void> {
    this.#schemas.set(definition.id, definition.schema);
  }

  async getLatestSchemas(ids?: string[]): Promise<FactSchema[]> {
    const wanted = ids ?? [...this.#schemas.keys()];
    return wanted.flatMap(id => {
      const schema = this.#schemas.get(id);
      return schema ? [schema] : [];
    });
  }
}
