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

import type {
  DataClassification,
  InputPort,
  OutputPort,
  OutputPortType,
} from '@meshwork/plugin-data-products-common';
import type { SeededRandom } from './SeededRandom';

/** What a product needs to know of a product generated before it, to read from it. */
export interface UpstreamProduct {
  name: string;
  outputPorts: string[];
}

/** Rolls a defect whose base rate is scaled by how careful the owning team is. */
export type Slip = (baseRate: number) => boolean;

const PORT_SHAPES: Array<{
  suffix: string;
  type: OutputPortType;
  server: string;
}> = [
  { suffix: 'table', type: 'table', server: 'bigquery' },
  { suffix: 'daily', type: 'view', server: 'snowflake' },
  { suffix: 'events', type: 'topic', server: 'kafka' },
  { suffix: 'files', type: 'file', server: 's3' },
  { suffix: 'api', type: 'api', server: 'https' },
];

const FRESHNESS_SLAS = ['PT1H', 'PT6H', 'PT24H', 'P1D', 'P7D'];

/**
 * The output ports of a product, and the contract API entities that exist
 * for them (a port may name a contract that was never registered).
 */
export function generateOutputPorts(
  rng: SeededRandom,
  slip: Slip,
  product: {
    name: string;
    noun: string;
    classification?: DataClassification;
    containsPii: boolean;
  },
): { ports: OutputPort[]; contracts: string[] } {
  const contracts: string[] = [];
  const shapes = rng.sample(PORT_SHAPES, rng.int(1, 3));
  const ports = shapes.map(({ suffix, type, server }): OutputPort => {
    const name = `${product.noun}-${suffix}`;
    const contractName = `${product.name}-${suffix}`;
    let contract: string | undefined;
    if (!slip(0.08)) {
      if (slip(0.03)) {
        contract = `api:${contractName}-draft`; // never registered
      } else {
        contract = `api:${contractName}`;
        contracts.push(contractName);
      }
    }
    const containsPii = product.containsPii && rng.chance(0.7);
    return {
      name,
      description: `${product.noun} served as a ${type}.`,
      type,
      version: `${rng.int(1, 4)}.${rng.int(0, 9)}.0`,
      ...(contract && { contract }),
      server: {
        type: server,
        location: `${server}://prod/${product.name}/${suffix}`,
        environment: 'prod',
      },
      ...(!slip(0.12) && {
        sla: {
          freshness: rng.pick(FRESHNESS_SLAS),
          ...(!slip(0.06) && { availability: rng.pick([99, 99.5, 99.9]) }),
        },
      }),
      ...(!slip(0.06) &&
        product.classification && { classification: product.classification }),
      containsPii,
      ...(!slip(0.07) && {
        accessRequest: rng.chance(0.3)
          ? { autoApprove: true }
          : { url: `https://access.example.com/request?port=${name}` },
      }),
      tags: [server],
    };
  });
  return { ports, contracts };
}

/**
 * Input ports: aggregates read one to three earlier products (a lineage
 * without cycles); a few name a product or port that does not exist.
 * Source-aligned products read an operational system instead.
 */
export function generateInputPorts(
  rng: SeededRandom,
  slip: Slip,
  upstreams: UpstreamProduct[],
): InputPort[] {
  if (upstreams.length === 0 || rng.chance(0.4)) {
    return [
      {
        name: 'operational-db',
        description: 'Change data capture from the operational database.',
      },
    ];
  }
  // Mostly recent products: lineage stays within a neighbourhood of the mesh.
  const window = upstreams.slice(-200);
  return rng.sample(window, rng.int(1, 3)).map(upstream => {
    const missingProduct = slip(0.015);
    const port = upstream.outputPorts.length
      ? rng.pick(upstream.outputPorts)
      : undefined;
    return {
      name: `from-${upstream.name}`,
      dataProduct: `dataproduct:${upstream.name}${missingProduct ? '-v0' : ''}`,
      ...(port && { port: slip(0.015) ? 'archive' : port }),
      description: `Reads ${upstream.name}.`,
    };
  });
}
