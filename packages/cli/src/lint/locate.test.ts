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

import { LineCounter, parseDocument } from 'yaml';
import { locate, ProblemTarget } from './locate';

const content = [
  'kind: DataProduct', //                1
  'spec:', //                            2
  '  owner:', //                         3
  '  outputPorts:', //                   4
  '    - name: orders-v1', //            5
  '      sla: &daily', //                6
  '        freshness: P1D', //           7
  '    - name: orders-v2', //            8
  '      sla: *daily', //                9
  '      server: { type: s3 }', //       10
  '  customProperties:', //              11
  '    2026: yes', //                    12
  '',
].join('\n');

function at(path: Array<string | number>, target: ProblemTarget = 'value') {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter });
  const { line, col } = lineCounter.linePos(locate(doc, path, target));
  return `${line}:${col}`;
}

describe('locate', () => {
  it('points at a value, or at its key for an unknown key', () => {
    expect(at(['spec', 'outputPorts', 0, 'sla', 'freshness'])).toBe('7:20');
    expect(at(['spec', 'outputPorts', 0, 'sla', 'freshness'], 'key')).toBe(
      '7:9',
    );
    expect(at(['spec', 'outputPorts', 1, 'server', 'type'])).toBe('10:23');
  });

  it('points at the key of an empty value', () => {
    expect(at(['spec', 'owner'])).toBe('3:3');
  });

  it('points at the start of a list item or map that is wrong as a whole', () => {
    expect(at(['spec', 'outputPorts', 1])).toBe('8:7');
    expect(at(['spec', 'outputPorts'])).toBe('5:5');
  });

  it('points a missing field at its parent: the key when it has one, else the item or document', () => {
    expect(at(['spec', 'domain'])).toBe('2:1');
    expect(at(['spec', 'outputPorts', 0, 'type'])).toBe('5:7');
    expect(at(['apiVersion'])).toBe('1:1');
    expect(at(['spec', 'outputPorts', 5, 'name'])).toBe('4:3');
  });

  it('follows aliases to where the value is written', () => {
    expect(at(['spec', 'outputPorts', 1, 'sla', 'freshness'])).toBe('7:20');
  });

  it('finds keys that a JSON path turned into numbers', () => {
    expect(at(['spec', 'customProperties', 2026])).toBe('12:11');
  });

  it('points at the document for the document itself', () => {
    expect(at([])).toBe('1:1');
  });
});
