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

import { validateDataProductDocument } from './validateDataProductDocument';
import { dataProductEntityV1alpha1Validator } from './validateDataProductEntity';

function product(metadata: object = {}, extra: object = {}) {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'orders-daily', ...metadata },
    spec: { owner: 'group:sales-data', domain: 'sales', status: 'active' },
    ...extra,
  };
}

async function messages(document: unknown) {
  return (await validateDataProductDocument(document)).map(p => p.message);
}

describe('validateDataProductDocument', () => {
  it('accepts a valid product', async () => {
    await expect(messages(product({ tags: ['sales'] }))).resolves.toEqual([]);
  });

  it.each([
    [{ tags: null }, 'metadata.tags: found null; expected a list'],
    [
      { tags: 'sales, orders' },
      'metadata.tags: found "sales, orders"; expected a list',
    ],
    [
      { tags: ['sales', 'real time'] },
      'metadata.tags[1]: found "real time"; expected a tag of lower-case',
    ],
    [{ tags: ['Sales'] }, 'metadata.tags[0]: found "Sales"; expected a tag'],
    [
      { links: [null] },
      'metadata.links[0]: found null; expected a map of fields',
    ],
    [
      { links: [{ title: 'Dashboard' }] },
      'metadata.links[0].url: missing; expected',
    ],
    [
      { annotations: ['a'] },
      'metadata.annotations: found a list; expected a map of fields',
    ],
    [
      { annotations: { 'example.com/x': 5 } },
      'metadata.annotations.example.com/x: found 5; expected text',
    ],
    [
      { annotations: { 'bad key': 'x' } },
      'metadata.annotations.bad key: found the key "bad key"; expected a key',
    ],
    [
      { labels: { team: 'sales data' } },
      'metadata.labels.team: found "sales data"; expected',
    ],
    [
      { title: '' },
      'metadata.title: found an empty string; expected text that is not empty',
    ],
    [
      { namespace: '' },
      'metadata.namespace: found an empty string; expected text that is not empty',
    ],
    [{ namespace: 7 }, 'metadata.namespace: found 7; expected text'],
    [{ namespace: ['a'] }, 'metadata.namespace: found a list; expected text'],
    [
      { namespace: { a: 1 } },
      'metadata.namespace: found a map of fields; expected text',
    ],
  ])(
    'refuses the envelope error %j as the catalog does',
    async (metadata, expected) => {
      const found = await messages(product(metadata));
      expect(found).toEqual([expect.stringContaining(expected)]);
    },
  );

  it('names every envelope problem, not only the first the catalog stops at', async () => {
    await expect(
      messages(product({ tags: ['Sales'], title: '', labels: { a: 'b c' } })),
    ).resolves.toEqual([
      expect.stringMatching(/^metadata\.title: /),
      expect.stringMatching(/^metadata\.labels\.a: /),
      expect.stringMatching(/^metadata\.tags\[0\]: /),
    ]);
  });

  it.each([
    ['dataproduct'],
    ['Dataproduct'],
    ['Data Product'],
    ['DataProducts'],
    ['DataProdcut'],
  ])('says kind %j was meant to be DataProduct', async kind => {
    await expect(messages(product({}, { kind }))).resolves.toEqual([
      expect.stringMatching(
        /^kind: found ".*"; did you mean "DataProduct"\? The catalog matches kinds exactly/,
      ),
    ]);
  });

  it('catches a stray space, a Kind key and a missing kind under meshwork.dev', async () => {
    const [space] = await messages(product({}, { kind: 'DataProduct ' }));
    expect(space).toMatch(/^kind: found "DataProduct "; did you mean/);
    const { kind, ...withoutKind } = product();
    await expect(messages({ ...withoutKind, Kind: kind })).resolves.toEqual([
      'Kind: unknown field; did you mean "kind"?',
    ]);
    await expect(messages(withoutKind)).resolves.toEqual([
      'kind: missing; expected DataProduct',
    ]);
  });

  it('says where a value nests too deep instead of overflowing the stack', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 2000; i++) deep = [deep];
    const found = await messages(
      product({}, { spec: { customProperties: { deep } } }),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^spec\.customProperties\.deep(\[0\])+: nested deeper than 100 levels/,
      ),
    ]);
  });

  it('escapes control characters of keys and values', async () => {
    const [message] = await messages(
      product({ tags: ['a\u001b[31mred\nline'] }),
    );
    expect(message).toContain('\\u001b[31mred\\nline');
    // eslint-disable-next-line no-control-regex -- none may be left raw
    expect(message).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('the catalog validator with near-miss kinds', () => {
  it('claims and explains a near miss under meshwork.dev, leaves others alone', async () => {
    await expect(
      dataProductEntityV1alpha1Validator.check(
        product({}, { kind: 'dataproduct' }) as any,
      ),
    ).rejects.toThrow('kind: found "dataproduct"; did you mean "DataProduct"?');
    await expect(
      dataProductEntityV1alpha1Validator.check(
        product(
          {},
          { apiVersion: 'backstage.io/v1alpha1', kind: 'Component' },
        ) as any,
      ),
    ).resolves.toBe(false);
  });
});
