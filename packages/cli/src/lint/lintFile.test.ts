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

import { formatProblem } from './formatProblem';
import { lintFile } from './lintFile';

const file = 'catalog-info.yaml';

function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** What a domain owner sees on the terminal for this file. */
async function output(content: string): Promise<string[]> {
  return (await lintFile(file, content)).problems.map(formatProblem);
}

const validProduct = [
  'apiVersion: meshwork.dev/v1alpha1', // 1
  'kind: DataProduct', //                 2
  'metadata:', //                         3
  '  name: orders-daily', //              4
  'spec:', //                             5
  '  owner: group:sales-data', //         6
  '  domain: sales', //                   7
  '  status: active', //                  8
];

describe('lintFile', () => {
  it('finds nothing in a valid product', async () => {
    const linted = await lintFile(file, yaml(...validProduct));
    expect(linted.problems).toEqual([]);
    expect(linted.dataProducts).toEqual([
      expect.objectContaining({
        name: 'orders-daily',
        line: 1,
        problemCount: 0,
      }),
    ]);
  });

  it('points at a misspelt key and suggests the known one', async () => {
    expect(await output(yaml(...validProduct, '  ouputPorts: []'))).toEqual([
      'catalog-info.yaml:9:3: error: spec.ouputPorts: unknown field; did you mean "outputPorts"?',
    ]);
  });

  it('points at a bad value deep in a list', async () => {
    const content = yaml(
      ...validProduct,
      '  outputPorts:', //               9
      '    - name: orders-v1', //        10
      '      sla:', //                   11
      '        freshness: PT24H', //     12
      '    - name: orders-v2', //        13
      '      sla:', //                   14
      '        freshness: 24 hours', //  15
    );
    expect((await lintFile(file, content)).problems).toEqual([
      {
        file,
        line: 15,
        column: 20,
        severity: 'error',
        field: 'spec.outputPorts[1].sla.freshness',
        message:
          'spec.outputPorts[1].sla.freshness: found "24 hours"; expected an ISO-8601 duration such as PT24H or P1D',
      },
    ]);
  });

  it('points a missing field at the map that lacks it', async () => {
    const withoutOwner = validProduct.filter(line => !line.includes('owner'));
    expect(await output(yaml(...withoutOwner))).toEqual([
      'catalog-info.yaml:5:1: error: spec.owner: missing; expected an entity ref to a Group or User, such as group:my-name',
    ]);
    expect(
      await output(
        yaml(...validProduct, '  outputPorts:', '    - type: table'),
      ),
    ).toEqual([
      "catalog-info.yaml:10:7: error: spec.outputPorts[0].name: missing; expected a DNS label (lowercase letters, digits and '-', at most 63 characters), such as orders-v1",
    ]);
    expect(await output(yaml(...validProduct.slice(0, 4)))).toEqual([
      'catalog-info.yaml:1:1: error: spec: missing; expected a map of fields',
    ]);
  });

  it('points at the key when the value is left empty', async () => {
    const emptyOwner = validProduct.map(line =>
      line.includes('owner') ? '  owner:' : line,
    );
    expect(await output(yaml(...emptyOwner))).toEqual([
      'catalog-info.yaml:6:3: error: spec.owner: found null; expected an entity ref to a Group or User, such as group:my-name',
    ]);
  });

  it('reports only the invalid DataProduct of a multi-document file, at its own lines', async () => {
    const content = yaml(
      'apiVersion: backstage.io/v1alpha1', // 1
      'kind: Component', //                   2
      'metadata:', //                         3
      '  name: orders-service', //            4
      'spec:', //                             5
      '  type: service', //                   6
      '---', //                               7
      ...validProduct, //                     8-15
      '---', //                               16
      'apiVersion: meshwork.dev/v1alpha1', // 17
      'kind: DataProduct', //                 18
      'metadata:', //                         19
      '  name: orders-raw', //                20
      'spec:', //                             21
      '  owner: group:sales-data', //         22
      '  status: retird', //                  23
      '  outputPorts:', //                    24
      '    - name: events', //                25
      '      type: stream', //                26
    );
    expect(await output(content)).toEqual([
      'catalog-info.yaml:21:1: error: spec.domain: missing; expected an entity ref to a Domain, such as domain:my-name',
      'catalog-info.yaml:23:11: error: spec.status: found "retird"; expected one of proposed, draft, active, deprecated, retired',
      'catalog-info.yaml:26:13: error: spec.outputPorts[0].type: found "stream"; expected one of table, view, topic, file, api, dashboard, model, other',
    ]);
    expect(
      (await lintFile(file, content)).dataProducts.map(p => [p.name, p.line]),
    ).toEqual([
      ['orders-daily', 8],
      ['orders-raw', 17],
    ]);
  });

  it('reports broken YAML at its line and still checks the documents after it', async () => {
    const content = yaml(
      'apiVersion: meshwork.dev/v1alpha1', // 1
      'kind: DataProduct', //                 2
      'metadata:', //                         3
      '  name: orders-daily', //              4
      '  description: Orders: one row per order line', // 5
      '---', //                               6
      ...validProduct, //                     7-14
      '  ouputPorts: []', //                  15
    );
    expect(await output(content)).toEqual([
      'catalog-info.yaml:5:16: error: YAML syntax: Nested mappings are not allowed in compact mappings',
      'catalog-info.yaml:15:3: error: spec.ouputPorts: unknown field; did you mean "outputPorts"?',
    ]);
    expect((await lintFile(file, content)).dataProducts).toHaveLength(1);
  });

  it('skips other kinds, empty documents and documents that are not maps', async () => {
    const content = yaml(
      '# only comments here',
      '---',
      '---',
      'just a string',
      '---',
      '- a list',
      '---',
      'kind: Component',
      'spec: { anything: goes }',
    );
    expect(await lintFile(file, content)).toEqual({
      file,
      dataProducts: [],
      problems: [],
    });
    expect(await lintFile(file, '')).toEqual({
      file,
      dataProducts: [],
      problems: [],
    });
  });

  it('reports an alias bomb as a problem rather than hanging or crashing', async () => {
    const bomb = ['kind: DataProduct', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghij') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      bomb.push(
        `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`,
      );
    }
    expect(await output(yaml(...bomb))).toEqual([
      expect.stringMatching(/^catalog-info\.yaml:1:1: error: YAML: .*alias/i),
    ]);
  });

  it('judges the envelope as the catalog does, at the line of each field', async () => {
    const content = yaml(
      ...validProduct.slice(0, 4),
      '  title: ""', //                     5
      '  tags: [sales, Real Time]', //      6
      '  links:', //                        7
      '    - title: Dashboard', //          8
      ...validProduct.slice(4),
    );
    expect(await output(content)).toEqual([
      'catalog-info.yaml:5:10: error: metadata.title: found an empty string; expected text that is not empty',
      expect.stringMatching(
        /^catalog-info\.yaml:6:17: error: metadata\.tags\[1\]: found "Real Time"; expected a tag of lower-case letters/,
      ),
      'catalog-info.yaml:8:7: error: metadata.links[0].url: missing; expected a value',
    ]);
  });

  it('says what a near miss of the kind meant instead of skipping it', async () => {
    const withKind = (kind: string) =>
      validProduct.map(line => (line.startsWith('kind:') ? kind : line));
    expect(await output(yaml(...withKind('kind: dataproduct')))).toEqual([
      'catalog-info.yaml:2:7: error: kind: found "dataproduct"; did you mean "DataProduct"? The catalog matches kinds exactly, so this document would not load as a data product',
    ]);
    expect(await output(yaml(...withKind('Kind: DataProduct')))).toEqual([
      'catalog-info.yaml:2:1: error: Kind: unknown field; did you mean "kind"?',
    ]);
    expect(await output(yaml(...withKind('# no kind')))).toEqual([
      'catalog-info.yaml:1:1: error: kind: missing; expected DataProduct',
    ]);
    const linted = await lintFile(
      file,
      yaml(...withKind('kind: Data Product')),
    );
    expect(linted.dataProducts).toHaveLength(1);
  });

  it('says a value nests too deep, at its line, instead of overflowing', async () => {
    const deep = (levels: number) =>
      yaml(
        ...validProduct,
        `  customProperties: { deep: ${'['.repeat(levels)}${']'.repeat(
          levels,
        )} }`,
      );
    expect(await output(deep(150))).toEqual([
      expect.stringMatching(
        /^catalog-info\.yaml:9:\d+: error: spec\.customProperties\.deep(\[0\])+: nested deeper than 100 levels/,
      ),
    ]);
    expect(await output(deep(2000))).toEqual([
      expect.stringMatching(
        /^catalog-info\.yaml:9:\d+: error: YAML: a value is nested deeper than 100 levels/,
      ),
    ]);
  });
});
