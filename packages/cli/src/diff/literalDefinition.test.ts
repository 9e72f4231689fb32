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

import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { cutLiteralDefinition } from './literalDefinition';
import { splitDocuments } from './yamlDocuments';

const read = (text: string) => load(text, { schema: CORE_SCHEMA }) as any;

/** What the cut gives, read back as the whole entity. */
function readCut(text: string) {
  const cut = cutLiteralDefinition(text);
  if (!cut) return undefined;
  const entity = read(cut.rest);
  entity.spec.definition = cut.definition;
  return entity;
}

const api = (definition: string, after = '  lifecycle: production\n') =>
  `kind: API\nmetadata:\n  name: orders\nspec:\n  type: odcs\n${definition}${after}`;

describe('cutLiteralDefinition', () => {
  it('reads every API entity of the example mesh as js-yaml reads it whole', () => {
    const file = path.resolve(__dirname, '../../../../examples/contracts.yaml');
    const content = fs.readFileSync(file, 'utf8');
    const apis = splitDocuments({ name: file, content }).filter(c =>
      c.text.includes('kind: API'),
    );
    expect(apis.length).toBeGreaterThan(10);
    for (const { text } of apis) {
      expect(readCut(text)).toEqual(read(text));
    }
  });

  it('keeps what follows the block, and the text of |- and |+ blocks, comments and Windows line ends', () => {
    for (const text of [
      api('  definition: |-\n    kind: DataContract\n\n    id: c1\n'),
      api(
        '  definition: |+ # the contract\n    kind: DataContract\n    id: c1\n\n',
      ),
      api('  definition: |\n    kind: DataContract\n    id: c1\n').replace(
        /\n/g,
        '\r\n',
      ),
    ]) {
      const whole = read(text);
      const cut = readCut(text);
      expect(cut?.spec.lifecycle).toBe('production');
      expect(cut?.spec.definition.trimEnd()).toBe(
        whole.spec.definition.trimEnd(),
      );
    }
  });

  it('leaves to the parser what it cannot cut exactly', () => {
    // a comment less indented than the text, a bare carriage return
    expect(
      cutLiteralDefinition(
        api('  definition: |\n      kind: DataContract\n    # less\n'),
      ),
    ).toBe(undefined);
    expect(cutLiteralDefinition(api('  definition: |\r    kind: X\r'))).toBe(
      undefined,
    );
    expect(cutLiteralDefinition(api('  definition: |2\n    kind: X\n'))).toBe(
      undefined,
    );
    expect(
      cutLiteralDefinition(
        api('  definition: |\n      kind: X\n     id: c1\n'),
      ),
    ).toBe(undefined);
    expect(
      cutLiteralDefinition(
        `metadata:\n  description: |\n    definition: |\n${api(
          '  definition: |\n    kind: X\n',
        )}`,
      ),
    ).toBe(undefined);
    expect(cutLiteralDefinition(api('  definition: "kind: X"\n'))).toBe(
      undefined,
    );
  });
});
