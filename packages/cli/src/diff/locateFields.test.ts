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
  locateInContract,
  parseFieldPath,
  positionInDefinition,
} from './locateFields';
import { splitDocuments, YamlCache } from './yamlDocuments';

describe('parseFieldPath', () => {
  it('reads the fields the diff names', () => {
    expect(parseFieldPath('spec.outputPorts[10].sla.freshness')).toEqual([
      'spec',
      'outputPorts',
      10,
      'sla',
      'freshness',
    ]);
    expect(
      parseFieldPath('schema[0].properties[2].items.properties[1]'),
    ).toEqual(['schema', 0, 'properties', 2, 'items', 'properties', 1]);
  });
});

describe('locating in an API entity’s inline definition', () => {
  const api = [
    'apiVersion: backstage.io/v1alpha1',
    'kind: API',
    'metadata: { name: orders }',
    'spec:',
    '  type: odcs',
    '  definition: |',
    '',
    '    # a comment',
    '    kind: DataContract',
    '    schema:',
    '      - name: orders',
    '        properties:',
    '          - name: order_id',
    '',
  ].join('\n');

  it('maps a line of a literal block to the file, blank lines included', () => {
    const cache = new YamlCache();
    const [chunk] = splitDocuments({ name: 'f.yaml', content: `---\n${api}` });
    const parsed = cache.parse(chunk.text);
    const definition = (parsed as any).value.spec.definition as string;
    const home = { chunk, inline: definition };
    // `- name: order_id` is line 14 of the file, its `name` in column 13
    expect(
      locateInContract(cache, home, ['schema', 0, 'properties', 0]),
    ).toEqual({ line: 14, column: 13 });
    expect(positionInDefinition(cache, home, { line: 3, column: 5 })).toEqual({
      line: 10,
      column: 9,
    });
  });

  it('points at the definition when it is not a literal block', () => {
    const cache = new YamlCache();
    const [chunk] = splitDocuments({
      name: 'f.yaml',
      content:
        'kind: API\nmetadata: { name: o }\nspec:\n  definition: "{\\"kind\\": \\"DataContract\\"}"\n',
    });
    expect(
      locateInContract(cache, { chunk, inline: '{"kind": "DataContract"}' }, [
        'kind',
      ]),
    ).toEqual({ line: 4, column: 15 });
  });

  it('finds the block from the syntax tree when the text has another "definition: |"', () => {
    const cache = new YamlCache();
    const text = [
      'kind: API',
      'metadata:',
      '  name: orders',
      '  description: |',
      '    definition: |',
      'spec:',
      '  definition: |',
      '    kind: DataContract',
      '    id: c1',
      '',
    ].join('\n');
    const [chunk] = splitDocuments({ name: 'f.yaml', content: text });
    const home = { chunk, inline: 'kind: DataContract\nid: c1\n' };
    // the value of id, c1
    expect(locateInContract(cache, home, ['id'])).toEqual({
      line: 9,
      column: 9,
    });
  });
});
