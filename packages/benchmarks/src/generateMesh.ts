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

import { stringifyEntityRef } from '@backstage/catalog-model';
import type { Entity } from '@backstage/catalog-model';
import type {
  DataProductEntityV1alpha1,
  DataProductFact,
} from '@meshwork/plugin-data-products-common';
import { generateDataProduct } from './generateDataProduct';
import type { UpstreamProduct } from './generatePorts';
import { generatePipelineFacts } from './generatePipelineFacts';
import { generatedOrganisation, type Organisation } from './organisation';
import { SeededRandom } from './SeededRandom';

/** A catalog of data products and everything they refer to, with their facts. */
export interface GeneratedMesh {
  products: DataProductEntityV1alpha1[];
  /** Domains, groups, users and contract APIs the products point at. */
  others: Entity[];
  /** The latest facts per product ref. */
  facts: Map<string, DataProductFact[]>;
  now: Date;
}

function contractApi(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'odcs',
      lifecycle: 'production',
      owner,
      definition: `apiVersion: v3.1.0\nkind: DataContract\nid: ${name}\n`,
    },
  };
}

/**
 * Generates `count` data products; the same seed gives the same mesh. They
 * belong to the generated organisation unless another one is given. Their
 * facts are dated back from `now`, the time of generation unless given: the
 * plugin a benchmark starts judges them by its own clock, so the ages it
 * finds are those generated (and the same in every run).
 */
export function generateMesh(
  count: number,
  seed = 2026,
  organisation: Organisation = generatedOrganisation,
  now = new Date(),
): GeneratedMesh {
  const rng = new SeededRandom(seed);
  const products: DataProductEntityV1alpha1[] = [];
  const apis: Entity[] = [];
  const upstreams: UpstreamProduct[] = [];
  const facts = new Map<string, DataProductFact[]>();
  for (let index = 1; index <= count; index++) {
    const { product, contracts } = generateDataProduct(
      rng,
      index,
      upstreams,
      organisation,
    );
    products.push(product);
    for (const contract of contracts) {
      apis.push(contractApi(contract, product.spec.owner));
    }
    upstreams.push({
      name: product.metadata.name,
      outputPorts: (product.spec.outputPorts ?? []).map(p => p.name),
    });
    facts.set(
      stringifyEntityRef(product),
      generatePipelineFacts(rng, product, now),
    );
  }
  return {
    products,
    others: [...organisation.entities(), ...apis],
    facts,
    now,
  };
}
