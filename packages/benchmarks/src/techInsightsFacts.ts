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
import {
  resolveProductRef,
  type DataProductEntityV1alpha1,
  type DataProductFact,
} from '@meshwork/plugin-data-products-common';
import {
  CATALOG_RETRIEVER,
  PIPELINE_RETRIEVER,
} from './techInsightsFactSchemas';

// What Tech Insights fact retrievers would have stored for a data product.
// json-rules-engine compares one fact with one value and cannot look up the
// catalog or loop over ports, so the retrievers do that work here and store
// counts; the checks then judge the counts. This runs before the timing, as
// retrievers run on their own schedule in a Tech Insights deployment.

type FactValues = Record<string, string | number | boolean | string[] | null>;

const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const UNIT_SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1];

function durationSeconds(value: string): number | undefined {
  const match = DURATION.exec(value);
  if (!match) return undefined;
  return UNIT_SECONDS.reduce(
    (sum, unit, i) => sum + Number(match[i + 1] ?? 0) * unit,
    0,
  );
}

/** Age of the newest data: seconds, an ISO duration, or a timestamp. */
function ageSeconds(value: unknown, now: Date): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const parsed = Date.parse(value);
  return (
    durationSeconds(value) ??
    (Number.isNaN(parsed) ? undefined : (now.getTime() - parsed) / 1000)
  );
}

/** The facts both retrievers would store for one product. */
export function retrieveFacts(
  product: DataProductEntityV1alpha1,
  findEntity: (ref: string) => Entity | undefined,
  facts: DataProductFact[],
  now: Date,
): Record<string, FactValues> {
  const lookup = (ref: string, kind: string) => {
    try {
      return findEntity(
        stringifyEntityRef(resolveProductRef(product, ref, kind)),
      );
    } catch {
      return undefined;
    }
  };
  const { spec, metadata } = product;
  const ports = spec.outputPorts ?? [];
  const upstreams = (spec.inputPorts ?? []).filter(p => p.dataProduct);
  const count = (items: unknown[]) => items.length;
  const latest = (name: string, port?: string) =>
    facts.find(f => f.name === name && f.port === port);
  const slaPorts = ports.filter(p => p.sla?.freshness);
  const quality = latest('quality')?.value;
  const rate =
    typeof quality === 'number'
      ? quality
      : (quality as { rate?: number } | undefined)?.rate;
  return {
    [CATALOG_RETRIEVER]: {
      ownerKind: lookup(spec.owner, 'Group')?.kind ?? '',
      domainKind: lookup(spec.domain, 'Domain')?.kind ?? '',
      descriptionLength: (metadata.description ?? '').trim().length,
      hasPurpose: !!spec.purpose?.trim(),
      supportUrlCount: count((spec.support ?? []).filter(s => s.url)),
      status: spec.status,
      outputPortCount: ports.length,
      portsWithoutContract: count(
        ports.filter(
          p => !p.contract || lookup(p.contract, 'API')?.kind !== 'API',
        ),
      ),
      classification: spec.classification ?? '',
      portsWithoutClassification: count(ports.filter(p => !p.classification)),
      containsPii: !!spec.containsPii,
      portsWithExposedPii: count(
        ports.filter(
          p =>
            p.containsPii &&
            !['confidential', 'restricted'].includes(p.classification ?? ''),
        ),
      ),
      unresolvedInputs: count(
        upstreams.filter(p => {
          const upstream = lookup(p.dataProduct!, 'DataProduct');
          const names = (
            (upstream?.spec?.outputPorts ?? []) as Array<{ name: string }>
          ).map(o => o.name);
          return !upstream || (p.port && !names.includes(p.port));
        }),
      ),
      retiredInputs: count(
        upstreams.filter(
          p =>
            lookup(p.dataProduct!, 'DataProduct')?.spec?.status === 'retired',
        ),
      ),
      version: spec.version ?? '',
      portsWithoutAccess: count(
        ports.filter(
          p => !p.accessRequest?.url && !p.accessRequest?.autoApprove,
        ),
      ),
      portsWithoutSla: count(
        ports.filter(
          p => !p.sla?.freshness || p.sla.availability === undefined,
        ),
      ),
      hasTechdocsRef: !!metadata.annotations?.['backstage.io/techdocs-ref'],
      docLinkCount: count(
        (metadata.links ?? []).filter(l =>
          /doc/i.test(`${l.title ?? ''} ${l.type ?? ''}`),
        ),
      ),
      teamRoles: (spec.team ?? []).map(m => m.role),
    },
    [PIPELINE_RETRIEVER]: {
      freshnessUnreportedPorts: count(
        slaPorts.filter(p => !latest('freshness', p.name)),
      ),
      freshnessStalePorts: count(
        slaPorts.filter(p => {
          const fact = latest('freshness', p.name);
          if (!fact) return false;
          const age = ageSeconds(fact.value, now);
          const limit = durationSeconds(p.sla!.freshness!);
          return age === undefined || limit === undefined || age > limit;
        }),
      ),
      qualityRate: typeof rate === 'number' ? rate : null,
    },
  };
}
