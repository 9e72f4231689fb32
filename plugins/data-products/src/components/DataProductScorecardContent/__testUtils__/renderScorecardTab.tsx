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

import type { Entity } from '@backstage/catalog-model';
import type { RenderResult } from '@testing-library/react';
import {
  AuthorizeResult,
  type EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import type {
  DataProductWaiver,
  ScorecardHistoryPoint,
  ScorecardRuleSummary,
  StoredScorecard,
} from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import {
  mockDataProductsApi,
  sampleRules,
} from '../../../__testUtils__/mockDataProductsApi';
import { ordersDaily } from '../../../__fixtures__/dataProducts';
import { DataProductScorecardContent } from '../DataProductScorecardContent';

export const entityRef = 'dataproduct:default/orders-daily';

type PermissionDecision = AuthorizeResult.ALLOW | AuthorizeResult.DENY;

export const rules: ScorecardRuleSummary[] = [
  ...sampleRules,
  {
    id: 'is-versioned',
    title: 'Is versioned',
    description: 'Set spec.version to a semantic version, e.g. 1.2.0.',
    level: 'silver',
    weight: 1,
    reads: [],
  },
  {
    id: 'has-docs',
    title: 'Has documentation',
    description: 'Add a TechDocs annotation or a documentation link.',
    level: 'gold',
    weight: 1,
    reads: [],
  },
];

export const scorecard: StoredScorecard = {
  entityRef,
  level: 'bronze',
  score: 60,
  evaluatedAt: '2026-11-21T08:00:00.000Z',
  results: [
    {
      ruleId: 'has-owner',
      title: 'Has an owner',
      level: 'bronze',
      weight: 1,
      state: 'pass',
    },
    {
      ruleId: 'is-versioned',
      title: 'Is versioned',
      level: 'silver',
      weight: 1,
      state: 'pass',
    },
    {
      ruleId: 'sla-declared',
      title: 'Output ports declare an SLA',
      level: 'silver',
      weight: 1,
      state: 'fail',
      message: 'Output port orders-v2 declares no sla.freshness.',
    },
    {
      ruleId: 'has-docs',
      title: 'Has documentation',
      level: 'gold',
      weight: 1,
      state: 'exempt',
      message: 'Waived until 2027-01-01.',
    },
  ],
};

export const history: ScorecardHistoryPoint[] = [
  {
    level: 'bronze',
    score: 60,
    states: {},
    recordedAt: '2026-11-20T08:00:00.000Z',
  },
  {
    level: 'none',
    score: 40,
    states: {},
    recordedAt: '2026-10-01T08:00:00.000Z',
  },
];

export function waiver(
  overrides: Partial<DataProductWaiver> = {},
): DataProductWaiver {
  return {
    id: '7d3c1f3e-9a52-4b8e-8f0a-1c2d3e4f5a6b',
    entityRef,
    ruleId: 'has-docs',
    justification: 'Docs move to the new portal next quarter.',
    status: 'approved',
    expiresAt: '2099-01-01T00:00:00.000Z',
    requestedBy: 'user:default/jane',
    requestedAt: '2026-11-01T09:00:00.000Z',
    decidedBy: 'user:default/gov-lead',
    decidedAt: '2026-11-02T09:00:00.000Z',
    events: [],
    ...overrides,
  };
}

/** A backend where the product has been evaluated, with one approved waiver. */
export function scorecardApi(
  overrides: Parameters<typeof mockDataProductsApi>[0] = {},
) {
  return mockDataProductsApi({
    getScorecard: async () => scorecard,
    getHistory: async () => history,
    getRules: async () => rules,
    listWaivers: async () => [waiver()],
    getWaiverLimits: async () => ({ maxDurationDays: 90 }),
    getFacts: async () => [],
    ...overrides,
  });
}

/**
 * The tab on a product's page (orders-daily unless told), as a user the
 * permission policy allows everything unless told. `showEntity` moves the
 * mounted tab to another product, as the legacy entity page does.
 */
export async function renderScorecardTab(
  api: ReturnType<typeof mockDataProductsApi>,
  options: {
    entity?: Entity;
    authorize?: (request: EvaluatePermissionRequest) => PermissionDecision;
  } = {},
): Promise<RenderResult & { showEntity: (entity: Entity) => void }> {
  const permission = mockApis.permission({
    authorize: options.authorize ?? AuthorizeResult.ALLOW,
  });
  const tab = (entity: Entity) => (
    <TestApiProvider
      apis={[
        [dataProductsApiRef, api],
        [permissionApiRef, permission],
      ]}
    >
      <EntityProvider entity={entity}>
        <DataProductScorecardContent />
      </EntityProvider>
    </TestApiProvider>
  );
  const result = await renderInTestApp(tab(options.entity ?? ordersDaily), {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
  return {
    ...result,
    showEntity: (entity: Entity) => result.rerender(tab(entity)),
  };
}
