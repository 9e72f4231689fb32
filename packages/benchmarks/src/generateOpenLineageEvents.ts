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

import { SeededRandom } from './SeededRandom';
import type { ServedTable } from './servedTables';

const SCHEMA_URL =
  'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
const PRODUCERS = {
  airflow:
    'https://github.com/apache/airflow/tree/providers-openlineage/1.14.0',
  spark:
    'https://github.com/OpenLineage/OpenLineage/tree/1.23.0/integration/spark',
};
const FACET = (producer: string, facet: string, version = '1-0-1') => ({
  _producer: producer,
  _schemaURL: `https://openlineage.io/spec/facets/${version}/${facet}.json#/$defs/${facet}`,
});
const ASSERTIONS = ['not_null', 'unique', 'accepted_values', 'row_count'];
const COLUMNS = ['id', 'customer_id', 'amount', 'status', 'updated_at'];

/** A table as OpenLineage names it: BigQuery's `bigquery` namespace, Snowflake's account. */
export function openLineageDataset(table: ServedTable) {
  return table.warehouse === 'bigquery'
    ? { namespace: 'bigquery', name: `prod.${table.schema}.${table.table}` }
    : {
        namespace: 'snowflake://acme-prod',
        name: `PROD.${table.schema}.${table.table.toUpperCase()}`,
      };
}

export interface GeneratedEvents {
  events: unknown[];
  /** The tables whose quality assertions the events carry, by the event's index. */
  asserted: Map<number, ServedTable>;
}

/** A version 7 UUID, as the integrations make run ids. */
const uuid = (rng: SeededRandom) =>
  `0193${rng.hex(4)}-${rng.hex(4)}-7${rng.hex(3)}-9${rng.hex(3)}-${rng.hex(
    12,
  )}`;

/**
 * `count` COMPLETE RunEvents (OpenLineage 2-0-2) as Airflow's provider and
 * Spark's integration emit them: jobs that write one of `written` and read
 * one to three of `read`; one in ten is a validation task whose input, a
 * table of `written`, carries a `dataQualityAssertions` facet (some
 * assertions failing). Event times end a minute before `now`.
 */
export function generateOpenLineageEvents(
  written: ServedTable[],
  read: ServedTable[],
  options: { count: number; now: Date; seed?: number },
): GeneratedEvents {
  const rng = new SeededRandom(options.seed ?? 202);
  const events: unknown[] = [];
  const asserted = new Map<number, ServedTable>();
  for (let i = 0; i < options.count; i++) {
    const table = written[i % written.length];
    const engine = rng.chance(0.7) ? 'airflow' : 'spark';
    const producer = PRODUCERS[engine];
    const validates = i % 10 === 9;
    const eventTime = new Date(
      options.now.getTime() - 60_000 - rng.int(0, 3_600) * 1000,
    );
    const dataset = openLineageDataset(table);
    const schema = {
      ...FACET(producer, 'SchemaDatasetFacet', '1-1-1'),
      fields: COLUMNS.map(name => ({ name, type: 'STRING' })),
    };
    const inputs = validates
      ? [
          {
            ...dataset,
            facets: { schema },
            inputFacets: {
              dataQualityAssertions: {
                ...FACET(
                  producer,
                  'DataQualityAssertionsDatasetFacet',
                  '1-0-2',
                ),
                assertions: rng
                  .sample(ASSERTIONS, rng.int(2, 4))
                  .map(assertion => ({
                    assertion,
                    success: !rng.chance(0.1),
                    column: rng.pick(COLUMNS),
                  })),
              },
            },
          },
        ]
      : rng.sample(read, rng.int(1, 3)).map(upstream => ({
          ...openLineageDataset(upstream),
          facets: {},
        }));
    if (validates) asserted.set(i, table);
    const job = `${table.schema.replace(/-/g, '_')}.${
      validates ? 'validate' : 'build'
    }_${table.table}`;
    events.push({
      eventType: 'COMPLETE',
      eventTime: eventTime.toISOString(),
      producer,
      schemaURL: SCHEMA_URL,
      run: {
        runId: uuid(rng),
        facets: {
          nominalTime: {
            ...FACET(producer, 'NominalTimeRunFacet'),
            nominalStartTime: new Date(
              eventTime.getTime() - 600_000,
            ).toISOString(),
          },
        },
      },
      job: {
        namespace:
          engine === 'airflow'
            ? `airflow-${table.schema.split('-')[0]}`
            : 'spark',
        name: job,
        facets: {
          jobType: {
            ...FACET(producer, 'JobTypeJobFacet', '2-0-3'),
            processingType: 'BATCH',
            integration: engine.toUpperCase(),
            jobType: engine === 'airflow' ? 'TASK' : 'JOB',
          },
        },
      },
      inputs,
      outputs: validates
        ? []
        : [
            {
              ...dataset,
              facets: { schema },
              outputFacets: {
                outputStatistics: {
                  ...FACET(
                    producer,
                    'OutputStatisticsOutputDatasetFacet',
                    '1-0-2',
                  ),
                  rowCount: rng.int(1_000, 5_000_000),
                },
              },
            },
          ],
    });
  }
  return { events, asserted };
}
