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

import { formatProblem } from '../lint/formatProblem';
import { locateProblems } from './locateProblems';

const file = 'catalog-info.yaml';
const content = [
  'apiVersion: backstage.io/v1alpha1', // 1
  'kind: API', //                         2
  'metadata: { name: orders-api }', //    3
  '---', //                               4
  'apiVersion: meshwork.dev/v1alpha1', // 5
  'kind: DataProduct', //                 6
  'metadata:', //                         7
  '  name: orders', //                    8
  'spec:', //                             9
  '  owner: 42', //                       10
  '  domain: sales', //                   11
  '  status: active', //                  12
  '  ouputPorts: []', //                  13
  '',
].join('\n');

function lines(...problems: Parameters<typeof locateProblems>[2]) {
  return locateProblems(file, content, problems).map(formatProblem);
}

describe('locateProblems', () => {
  it("keeps the backend's line and column", () => {
    expect(
      lines({
        document: 1,
        path: ['spec', 'owner'],
        field: 'spec.owner',
        target: 'value',
        message: 'expected an entity ref',
        line: 10,
        column: 10,
      }),
    ).toEqual([
      'catalog-info.yaml:10:10: error: spec.owner: expected an entity ref',
    ]);
  });

  it('locates the path in its document when the backend gives no position', () => {
    expect(
      lines(
        {
          document: 1,
          path: ['spec', 'ouputPorts'],
          field: 'spec.ouputPorts',
          target: 'key',
          message:
            'spec.ouputPorts: unknown field; did you mean "outputPorts"?',
        },
        {
          document: 1,
          path: ['spec', 'owner'],
          field: 'spec.owner',
          target: 'value',
          message: 'found 42; expected an entity ref',
        },
        {
          document: 1,
          path: ['spec', 'version'],
          field: 'spec.version',
          target: 'value',
          message: 'missing',
        },
      ),
    ).toEqual([
      'catalog-info.yaml:9:1: error: spec.version: missing',
      'catalog-info.yaml:10:10: error: spec.owner: found 42; expected an entity ref',
      // An unknown key points at the key, as lint does.
      'catalog-info.yaml:13:3: error: spec.ouputPorts: unknown field; did you mean "outputPorts"?',
    ]);
  });

  it('falls back to the top of the file for a document it cannot find', () => {
    expect(
      lines({
        document: 7,
        path: ['spec'],
        field: 'spec',
        target: 'value',
        message: 'spec: missing',
      }),
    ).toEqual(['catalog-info.yaml:1:1: error: spec: missing']);
  });
});
