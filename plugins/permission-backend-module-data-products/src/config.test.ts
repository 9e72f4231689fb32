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
import { readDataProductsPolicyOptions } from './config';

const optionsOf = (data: object) =>
  readDataProductsPolicyOptions(mockServices.rootConfig({ data }));
const policyConfig = (policy: object) => ({
  dataProducts: { permissions: { policy } },
});

describe('readDataProductsPolicyOptions', () => {
  it('names governance the deciders and restricts `restricted` when nothing is configured', () => {
    expect(optionsOf({})).toEqual({
      governanceGroups: ['group:default/governance'],
      readEveryProductGroups: [],
      factReporterGroups: [],
      restrictedClassifications: ['restricted'],
      locationAdminGroups: undefined,
    });
  });

  it('lets the group notified of waiver requests decide them by default', () => {
    expect(
      optionsOf({
        dataProducts: { notifications: { governanceGroup: 'data-council' } },
      }).governanceGroups,
    ).toEqual(['group:default/data-council']);
    expect(
      optionsOf({
        dataProducts: {
          notifications: { governanceGroup: 'data-council' },
          permissions: { policy: { governanceGroups: ['governance'] } },
        },
      }).governanceGroups,
    ).toEqual(['group:default/governance']);
  });

  it('reads every key as an operator writes it, group refs completed', () => {
    expect(
      optionsOf(
        policyConfig({
          governanceGroups: ['governance', 'group:mesh/council'],
          readEveryProductGroups: ['data-platform'],
          factReporterGroups: ['data-platform'],
          restrictedClassifications: ['restricted', 'confidential'],
          locationAdminGroups: [],
        }),
      ),
    ).toEqual({
      governanceGroups: ['group:default/governance', 'group:mesh/council'],
      readEveryProductGroups: ['group:default/data-platform'],
      factReporterGroups: ['group:default/data-platform'],
      restrictedClassifications: ['restricted', 'confidential'],
      // Named, even if empty: nobody may register locations.
      locationAdminGroups: [],
    });
  });

  it('names the key of a value that is no group ref', () => {
    expect(() =>
      optionsOf(policyConfig({ factReporterGroups: ['data-platform', 'x:'] })),
    ).toThrow(
      'dataProducts.permissions.policy.factReporterGroups[1]: expected an entity ref such as group:default/governance, got "x:"',
    );
    expect(() =>
      optionsOf(policyConfig({ governanceGroups: 'governance' })),
    ).toThrow(/dataProducts\.permissions\.policy\.governanceGroups/);
  });
});
