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

import { validateDataProductEntity } from '../entity';
import { exportDataProductAsOdps } from './exportDataProductAsOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import { validateOdpsDocument } from './validateOdpsDocument';

const flags = { owner: 'group:sales-data', domain: 'sales' };
const base = { apiVersion: 'v1.1.0', kind: 'DataProduct', id: 'orders' };

/** `{ __proto__: value }` as a parser makes it: an own field, not a prototype. */
function withProto(fields: object, value: unknown) {
  return Object.defineProperty({ ...fields }, '__proto__', {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function nested(depth: number) {
  let value: object = { end: true };
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

describe('hostile ODPS documents', () => {
  // every test ends by checking that no document reached Object.prototype
  afterEach(() => {
    // eslint-disable-next-line jest/no-standalone-expect
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a __proto__ field as a field, without reaching other objects', () => {
    const document = withProto(
      {
        ...base,
        outputPorts: [withProto({ name: 'orders' }, { polluted: 'port' })],
        customProperties: [{ property: '__proto__', value: { polluted: 1 } }],
      },
      { polluted: 'product' },
    );
    const { entity, problems, warnings } = odpsToDataProduct(document, flags);
    expect(problems).toEqual([]);
    expect(warnings.map(w => w.field)).toEqual([
      '$.outputPorts[0].__proto__',
      '$.__proto__',
    ]);
    const spec = entity!.spec as Record<string, any>;
    expect(Object.getPrototypeOf(spec.customProperties)).toBe(Object.prototype);
    expect(Object.keys(spec.customProperties)).toEqual(['__proto__', 'odps']);

    const { document: exported, problems: invalid } = exportDataProductAsOdps(
      entity!,
    );
    expect(invalid).toEqual([]);
    expect(exported!.customProperties).toEqual([
      { property: '__proto__', value: { polluted: 1 } },
      { property: '__proto__', value: { polluted: 'product' } },
    ]);
    expect(exported!.outputPorts).toEqual([
      {
        name: 'orders',
        customProperties: [
          { property: '__proto__', value: { polluted: 'port' } },
        ],
      },
    ]);
  });

  it('does not trip over keys an object inherits', () => {
    const document = {
      ...base,
      outputPorts: [{ name: 'constructor' }, { name: 'toString' }],
      support: [{ channel: 'hasOwnProperty', url: 'https://x.example.com' }],
      customProperties: [{ property: 'constructor', value: 1 }],
    };
    const { entity, problems } = odpsToDataProduct(document, flags);
    expect(problems).toEqual([]);
    const exported = exportDataProductAsOdps(entity!);
    expect(exported.problems).toEqual([]);
    expect(exported.document).toMatchObject({
      outputPorts: document.outputPorts,
      support: document.support,
      customProperties: document.customProperties,
    });
  });

  it('refuses a value nested deeper than the catalog takes, at its JSON path', () => {
    const document = { ...base, 'x-deep': nested(10_000) };
    expect(validateOdpsDocument(document)).toHaveLength(1); // x-deep itself
    const { problems } = odpsToDataProduct(document, flags);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      document: 'odps',
      message: expect.stringMatching(
        /^\$\.x-deep\.a\[0\]\.a\[0\].*: nested deeper than the catalog takes \(100 levels of lists and maps, spec\.customProperties\.odps included\); expected a flatter value$/,
      ),
    });
  });

  it('carries nested values the catalog takes through, both ways', () => {
    const deep = nested(45); // 90 levels of maps and lists
    const document = {
      ...base,
      'x-deep': deep,
      customProperties: [{ property: 'deep', value: deep }],
    };
    const { entity, problems } = odpsToDataProduct(document, flags);
    expect(problems).toEqual([]);
    const exported = exportDataProductAsOdps(entity!);
    expect(exported.problems).toEqual([]);
    expect(exported.document!.customProperties).toEqual([
      { property: 'deep', value: deep },
      { property: 'x-deep', value: deep },
    ]);
  });

  it('reads and writes 10,000 ports in a few seconds', () => {
    const ports = Array.from({ length: 10_000 }, (_, i) => ({
      name: i % 2 ? `port-${i}` : 'orders',
      version: `${i}.0.0`,
      'x-owner': `team-${i}`,
    }));
    const document = { ...base, outputPorts: ports, inputPorts: ports };
    const started = Date.now();
    const { entity, problems, warnings } = odpsToDataProduct(document, flags);
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(20_000);
    expect(validateDataProductEntity(entity)).toEqual([]);
    const exported = exportDataProductAsOdps(entity!);
    expect(exported.problems).toEqual([]);
    expect(exported.document!.outputPorts).toHaveLength(10_000);
    expect(exported.document!.inputPorts).toHaveLength(10_000);
    expect((exported.document!.outputPorts as object[])[9_999]).toEqual({
      name: 'port-9999',
      version: '9999.0.0',
      customProperties: [{ property: 'x-owner', value: 'team-9999' }],
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses what is no document, and an unknown version, without a crash', () => {
    for (const value of [null, 42, 'text', [], [base]]) {
      expect(odpsToDataProduct(value, flags).problems).toHaveLength(1);
    }
    expect(
      validateOdpsDocument({ ...base, apiVersion: '__proto__' }),
    ).toHaveLength(1);
    expect(
      odpsToDataProduct({ ...base, apiVersion: 'constructor' }).problems,
    ).toHaveLength(1);
  });
});
