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
  DataProductEntityV1alpha1,
  DataProductStatus,
} from '@meshwork/plugin-data-products-common';
import { generatedOrganisation, type Organisation } from './organisation';
import { generateInputPorts, generateOutputPorts } from './generatePorts';
import type { Slip, UpstreamProduct } from './generatePorts';
import type { SeededRandom } from './SeededRandom';

const NOUNS = [
  'orders',
  'customers',
  'invoices',
  'shipments',
  'campaigns',
  'payments',
  'stock',
  'returns',
  'tickets',
  'prices',
  'suppliers',
  'sessions',
];

const STATUSES: DataProductStatus[] = [
  ...Array<DataProductStatus>(16).fill('active'),
  'draft',
  'proposed',
  'deprecated',
  'retired',
];

/**
 * How careful the owning team is: multiplies every defect rate, so some
 * products reach gold, most stop at bronze or silver, a few reach nothing.
 */
const CARE = { meticulous: 0.1, typical: 1, sloppy: 3.5 };

export interface GeneratedProduct {
  product: DataProductEntityV1alpha1;
  /** The contract API entities that exist in the catalog for its ports. */
  contracts: string[];
}

/** One data product, with the realistic defects the policy pack looks for. */
export function generateDataProduct(
  rng: SeededRandom,
  index: number,
  upstreams: UpstreamProduct[],
  organisation: Organisation = generatedOrganisation,
): GeneratedProduct {
  const { teamsOf, usersOf } = organisation;
  const domain = rng.pick(organisation.domains);
  const noun = rng.pick(NOUNS);
  const name = `${domain}-${noun}-${index}`;
  const singular = noun.replace(/s$/, '');
  const care =
    CARE[rng.pick(['meticulous', 'typical', 'typical', 'sloppy'] as const)];
  const slip: Slip = rate => rng.chance(rate * care);
  const status = rng.pick(STATUSES);
  const team = rng.pick(teamsOf(domain));
  const [lead, steward, engineer] = rng.sample(usersOf(domain), 3);

  let owner = rng.chance(0.7) ? `group:${team}` : team; // bare: Group by default
  if (slip(0.03)) owner = `group:${domain}-legacy-team`; // disbanded
  else if (rng.chance(0.04)) owner = `user:${lead}`;
  const containsPii = rng.chance(0.3);
  let classification: DataClassification | undefined = containsPii
    ? rng.pick(['confidential', 'restricted'] as const)
    : rng.pick(['public', 'internal', 'internal', 'confidential'] as const);
  if (containsPii && slip(0.05)) classification = 'internal';
  if (slip(0.04)) classification = undefined;

  const inputPorts = generateInputPorts(rng, slip, upstreams);
  const hasNoPorts =
    status === 'active' ? slip(0.02) : ['draft', 'proposed'].includes(status);
  const { ports: outputPorts, contracts } = hasNoPorts
    ? { ports: [], contracts: [] }
    : generateOutputPorts(rng, slip, {
        name,
        noun,
        classification,
        containsPii,
      });

  const documentation = slip(0.2) ? undefined : rng.pick(['techdocs', 'link']);
  const product: DataProductEntityV1alpha1 = {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: {
      name,
      namespace: 'default',
      title: `${domain} ${noun} ${index}`,
      description: slip(0.08)
        ? `${noun} data`
        : `Every ${singular} of the ${domain} domain, cleaned, deduplicated and published for analytics.`,
      tags: [domain, noun],
      ...(documentation === 'techdocs' && {
        annotations: { 'backstage.io/techdocs-ref': `dir:./${name}` },
      }),
      links: [
        { url: `https://grafana.example.com/d/${name}`, title: 'Dashboard' },
        ...(documentation === 'link'
          ? [
              {
                url: `https://docs.example.com/${name}`,
                title: 'Documentation',
              },
            ]
          : []),
      ],
    },
    spec: {
      owner,
      domain: slip(0.03)
        ? `domain:${domain}-old`
        : rng.pick([`domain:${domain}`, domain]),
      status,
      type: inputPorts.some(p => p.dataProduct)
        ? 'aggregate'
        : 'source-aligned',
      ...(!slip(0.06) && { version: `${rng.int(0, 3)}.${rng.int(0, 20)}.0` }),
      ...(!slip(0.05) && {
        purpose: `Let other domains rely on one definition of ${domain} ${noun}.`,
      }),
      ...(classification && { classification }),
      containsPii,
      team: [
        { user: `user:${lead}`, role: 'owner' },
        ...(slip(0.2) ? [] : [{ user: `user:${steward}`, role: 'steward' }]),
        { user: `user:${engineer}`, role: 'engineer' },
      ],
      ...(!slip(0.04) && {
        support: [
          {
            channel: `#${domain}-data`,
            ...(!slip(0.05) && {
              url: `https://chat.example.com/channels/${domain}-data`,
            }),
            tool: 'slack' as const,
          },
        ],
      }),
      inputPorts,
      outputPorts,
    },
  };
  return { product, contracts };
}
