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
import { readGroupRef, readGroupRefs } from './groupRefs';

const config = (data: object) => mockServices.rootConfig({ data });

describe('readGroupRef', () => {
  it('completes a bare name or a kind-less ref to a full group ref', () => {
    expect(readGroupRef(config({ g: 'governance' }), 'g', 'x')).toBe(
      'group:default/governance',
    );
    expect(readGroupRef(config({ g: 'mesh/council' }), 'g', 'x')).toBe(
      'group:mesh/council',
    );
    expect(readGroupRef(config({}), 'g', 'group:default/governance')).toBe(
      'group:default/governance',
    );
  });

  it('names the key of a value that is no entity ref', () => {
    expect(() => readGroupRef(config({ g: 'group:' }), 'g', 'x')).toThrow(
      'g: expected an entity ref such as group:default/governance, got "group:"',
    );
  });
});

describe('readGroupRefs', () => {
  it('completes every entry, or takes the fallback', () => {
    expect(
      readGroupRefs(
        config({ g: ['governance', 'group:mesh/platform'] }),
        'g',
        [],
      ),
    ).toEqual(['group:default/governance', 'group:mesh/platform']);
    expect(readGroupRefs(config({}), 'g', ['governance'])).toEqual([
      'group:default/governance',
    ]);
    expect(readGroupRefs(config({ g: [] }), 'g', ['governance'])).toEqual([]);
  });

  it('names the key and index of a wrong entry', () => {
    expect(() =>
      readGroupRefs(config({ p: { g: ['governance', 'mesh/'] } }), 'p.g', []),
    ).toThrow(
      'p.g[1]: expected an entity ref such as group:default/governance, got "mesh/"',
    );
  });
});
