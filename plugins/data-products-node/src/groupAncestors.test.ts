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
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadGroupAncestors } from './groupAncestors';

const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  relations: parent
    ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
    : [],
});

describe('loadGroupAncestors', () => {
  const load = () =>
    loadGroupAncestors(
      catalogServiceMock({
        entities: [
          group('org'),
          group('sales-data', 'org'),
          group('sales-orders-team', 'sales-data'),
          group('finance-data', 'org'),
          // A cycle in the org data.
          group('loop-a', 'loop-b'),
          group('loop-b', 'loop-a'),
        ],
      }),
      mockServices.auth(),
    );

  it('looks a group up to the root, and down to every group below it', async () => {
    const groups = await load();
    expect(groups.ancestorsOf('group:default/sales-orders-team')).toEqual([
      'group:default/sales-data',
      'group:default/org',
    ]);
    expect(groups.groupAndDescendants('group:default/sales-data')).toEqual([
      'group:default/sales-data',
      'group:default/sales-orders-team',
    ]);
    expect(groups.groupAndDescendants('group:default/org')).toEqual([
      'group:default/org',
      'group:default/sales-data',
      'group:default/sales-orders-team',
      'group:default/finance-data',
    ]);
    expect(groups.groupAndDescendants('user:default/jane')).toEqual([
      'user:default/jane',
    ]);
  });

  it('ends at a cycle', async () => {
    const groups = await load();
    expect(groups.ancestorsOf('group:default/loop-a')).toEqual([
      'group:default/loop-b',
    ]);
    expect(groups.groupAndDescendants('group:default/loop-a')).toEqual([
      'group:default/loop-a',
      'group:default/loop-b',
    ]);
  });
});
