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

import type { FactSchema } from '@backstage-community/plugin-tech-insights-common';

// The schemas of the two fact retrievers a Tech Insights deployment would run
// for data products: one reads the catalog, one the facts pipelines report.

/** Fact retriever ids, as `factIds` of the checks name them. */
export const CATALOG_RETRIEVER = 'meshwork-data-product-catalog';
export const PIPELINE_RETRIEVER = 'meshwork-data-product-pipelines';

const integer = (description: string) => ({
  type: 'integer' as const,
  description,
});
const text = (description: string) => ({
  type: 'string' as const,
  description,
});
const flag = (description: string) => ({
  type: 'boolean' as const,
  description,
});

export const FACT_SCHEMAS: Record<string, FactSchema> = {
  [CATALOG_RETRIEVER]: {
    ownerKind: text(
      'Kind of the spec.owner entity, empty if not in the catalog',
    ),
    domainKind: text(
      'Kind of the spec.domain entity, empty if not in the catalog',
    ),
    descriptionLength: integer('Length of metadata.description, trimmed'),
    hasPurpose: flag('spec.purpose is set'),
    supportUrlCount: integer('spec.support entries with a url'),
    status: text('spec.status'),
    outputPortCount: integer('Number of output ports'),
    portsWithoutContract: integer(
      'Output ports whose contract is no API in the catalog',
    ),
    classification: text('spec.classification, empty if unset'),
    portsWithoutClassification: integer('Output ports without classification'),
    containsPii: flag('spec.containsPii'),
    portsWithExposedPii: integer(
      'Output ports with PII, classified below confidential',
    ),
    unresolvedInputs: integer('Input ports naming a missing product or port'),
    retiredInputs: integer('Input ports reading a retired product'),
    version: text('spec.version, empty if unset'),
    portsWithoutAccess: integer('Output ports without accessRequest'),
    portsWithoutSla: integer(
      'Output ports without sla.freshness and availability',
    ),
    hasTechdocsRef: flag('backstage.io/techdocs-ref annotation is set'),
    docLinkCount: integer('Links titled or typed as documentation'),
    teamRoles: { type: 'set', description: 'Roles in spec.team' },
  },
  [PIPELINE_RETRIEVER]: {
    freshnessUnreportedPorts: integer(
      'Ports with sla.freshness and no freshness fact',
    ),
    freshnessStalePorts: integer(
      'Ports whose latest freshness exceeds sla.freshness',
    ),
    qualityRate: {
      type: 'float',
      description: 'Latest data-quality pass rate, 0–1',
    },
  },
};
