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
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ScorecardRule } from '@meshwork/plugin-data-products-common';
import { dataProductScorecardRulesExtensionPoint } from '@meshwork/plugin-data-products-node';
import type { AddressInfo } from 'node:net';
import { ordersNeighbours, ordersProduct } from './__testUtils__/fixtures';
import { dataProductsPlugin } from './plugin';

const piiTagged: ScorecardRule = {
  id: 'pii-columns-tagged',
  title: 'PII columns are tagged',
  description: 'Tag every personal-data column of the contract with pii.',
  level: 'silver',
  check: () => ({ state: 'fail', message: 'Column email is not tagged.' }),
};

const piiRulesModule = (rules: ScorecardRule[]) =>
  createBackendModule({
    pluginId: 'data-products',
    moduleId: 'pii-rules',
    register(env) {
      env.registerInit({
        deps: { scorecard: dataProductScorecardRulesExtensionPoint },
        async init({ scorecard }) {
          scorecard.addRules(...rules);
        },
      });
    },
  });

describe('dataProductsPlugin', () => {
  it('evaluates and lists rules that backend modules add in code', async () => {
    const { server } = await startTestBackend({
      features: [
        dataProductsPlugin,
        piiRulesModule([piiTagged]),
        catalogServiceMock.factory({
          entities: [...ordersNeighbours, ordersProduct],
        }),
        mockServices.database.factory(),
      ],
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const call = async (method: string, path: string) => {
      const response = await fetch(`${base}/api/data-products${path}`, {
        method,
        headers: { Authorization: mockCredentials.user.header() },
      });
      return { status: response.status, body: await response.json() };
    };
    const rules = await call('GET', '/rules');
    expect(rules.body.items.map((r: { id: string }) => r.id)).toContain(
      'pii-columns-tagged',
    );
    const evaluated = await call(
      'POST',
      '/scorecards/dataproduct/default/orders/evaluate',
    );
    expect(evaluated.status).toBe(200);
    expect(
      evaluated.body.results.find(
        (r: { ruleId: string }) => r.ruleId === 'pii-columns-tagged',
      ),
    ).toMatchObject({ state: 'fail', message: 'Column email is not tagged.' });
    expect(evaluated.body.level).toBe('bronze');
  });

  it('registers its actions and a daily reminder of expiring waivers', async () => {
    const actionsRegistry = actionsRegistryServiceMock.mock();
    const scheduler = mockServices.scheduler.mock();
    await startTestBackend({
      features: [
        dataProductsPlugin,
        actionsRegistry.factory,
        scheduler.factory,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.database.factory(),
      ],
    });
    expect(actionsRegistry.register.mock.calls.map(([a]) => a.name)).toEqual([
      'find-data-products',
      'get-data-product-scorecard',
      'explain-data-product-failures',
    ]);
    const reminders = scheduler.scheduleTask.mock.calls
      .map(([task]) => task)
      .find(task => task.id === 'data-products-waiver-reminders');
    expect(reminders).toMatchObject({ frequency: { hours: 24 } });
    // With no waivers there is nothing to send, and the run succeeds.
    await expect(
      reminders!.fn(new AbortController().signal),
    ).resolves.toBeUndefined();
  });

  it('refuses to start when a module reuses a rule id', async () => {
    await expect(
      startTestBackend({
        features: [
          dataProductsPlugin,
          piiRulesModule([{ ...piiTagged, id: 'has-owner' }]),
          catalogServiceMock.factory({ entities: [] }),
        ],
      }),
    ).rejects.toThrow(/rules whose ids are taken: has-owner/);
  });
});
