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

import { splitDocuments, YamlCache } from './yamlDocuments';

const file = (content: string) => ({ name: 'catalog-info.yaml', content });

describe('splitDocuments', () => {
  it('cuts a file at its document markers, keeping each document’s first line', () => {
    const chunks = splitDocuments(
      file(
        '# head\n---\nkind: A\n---\nkind: B\n...\n# after the end\n--- |\n  text\n',
      ),
    );
    expect(chunks.map(c => [c.lineOffset, c.text])).toEqual([
      [0, '# head\n'],
      [1, '---\nkind: A\n'],
      [3, '---\nkind: B\n...\n'],
      [6, '# after the end\n'],
      [7, '--- |\n  text\n'],
    ]);
  });

  it('knows markers in files with Windows line ends, and leaves "---" inside a value alone', () => {
    const chunks = splitDocuments(
      file(
        '\uFEFFkind: A\r\n---\r\nkind: B\r\nnote: "a --- b"\r\n  ---x: 1\r\n',
      ),
    );
    expect(chunks.map(c => c.lineOffset)).toEqual([0, 1]);
  });
});

describe('YamlCache', () => {
  it('parses a text once: the same value for the same text', () => {
    const cache = new YamlCache();
    const first = cache.parse('kind: API\nspec: { type: odcs }\n');
    expect(first).toEqual({
      ok: true,
      value: { kind: 'API', spec: { type: 'odcs' } },
    });
    expect(cache.parse('kind: API\nspec: { type: odcs }\n')).toBe(first);
  });

  it('reads YAML 1.2 as the catalog does: dates stay text, no merge keys', () => {
    const parsed = new YamlCache().parse('since: 2026-01-31\nyes: no\n');
    expect(parsed).toEqual({
      ok: true,
      value: { since: '2026-01-31', yes: 'no' },
    });
  });

  it('says where a document stops parsing, in its text', () => {
    const parsed = new YamlCache().parse('kind: API\nspec: [\n');
    expect(parsed).toMatchObject({ ok: false, position: { line: 3 } });
  });

  it('leaves documents with anchors to yaml, which refuses alias bombs', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'
        .split('')
        .map(
          (k, i) =>
            `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`,
        ),
    ].join('\n');
    const parsed = new YamlCache().parse(bomb);
    expect(parsed).toMatchObject({ ok: false });
    expect(new YamlCache().parse('a: &x 1\nb: *x\n')).toEqual({
      ok: true,
      value: { a: 1, b: 1 },
    });
  });

  it('gives positions in the file for an offset in a document', () => {
    const cache = new YamlCache();
    const [, second] = splitDocuments(file('kind: A\n---\nkind: B\nname: x\n'));
    const offset = second.text.indexOf('name');
    expect(cache.positionIn(second, offset)).toEqual({ line: 4, column: 1 });
  });
});
