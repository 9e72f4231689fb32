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

import { fullExampleOdcs } from './__fixtures__/odcsFixtures';
import { parseOdcsContract } from './parseOdcsContract';

const minimal = (rest: string) =>
  `apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\n${rest}`;

function contractOf(definition: string) {
  const result = parseOdcsContract(definition);
  if (!result.ok)
    throw new Error(`expected a contract: ${result.error.message}`);
  return result;
}

describe('parseOdcsContract', () => {
  it('reads every part of the official full example without skipping anything', () => {
    const { contract, warnings } = contractOf(fullExampleOdcs);
    expect(warnings).toEqual([]);
    expect(contract).toMatchObject({
      apiVersion: 'v3.1.0',
      version: '1.1.0',
      domain: 'seller',
      dataProduct: 'my quantum',
      price: { amount: '9.95', currency: 'USD', unit: 'megabyte' },
    });
    expect(contract.schema.map(o => o.name)).toEqual(['tbl', 'receivers']);
    const [tbl] = contract.schema;
    expect(tbl.properties.map(p => p.name)).toEqual([
      'transaction_reference_date',
      'rcvr_id',
      'rcvr_cntry_code',
    ]);
    expect(tbl.properties[1]).toMatchObject({
      primaryKey: true,
      primaryKeyPosition: 1,
      classification: 'restricted',
      containsPii: false,
    });
    // primaryKey: false with the -1 default is no key at all
    expect(tbl.properties[0].primaryKeyPosition).toBeUndefined();
    expect(tbl.quality[0].operator).toEqual(['mustBeGreaterThan', 1000000]);
    expect(tbl.properties[2].quality[0].metric).toBe('nullValues');
    expect(contract.slaProperties).toHaveLength(8);
    expect(contract.servers[0].location).toContainEqual(['host', 'localhost']);
    expect(contract.support.map(s => s.channel)).toContain('#product-help');
    expect(contract.team?.members.map(m => m.username)).toEqual([
      'ceastwood',
      'mhopper',
      'daustin',
    ]);
    expect(contract.roles).toHaveLength(4);
  });

  it('points at the line and column of a YAML error', () => {
    expect(parseOdcsContract(minimal('schema: [a, b\nservers: []\n'))).toEqual({
      ok: false,
      error: {
        message: expect.stringMatching(/not valid YAML or JSON: Flow sequence/),
        line: 7,
        column: 1,
        excerpt: 'servers: []\n^',
      },
    });
  });

  it('points at the end of the text when a bracket is never closed', () => {
    const result = parseOdcsContract(minimal('schema:\n  - name: [orders\n\n'));
    expect(result).toMatchObject({
      ok: false,
      error: {
        line: 7,
        column: 18,
        excerpt: '  - name: [orders\n                 ^',
      },
    });
  });

  it('points at a JSON syntax error too', () => {
    const result = parseOdcsContract(
      '{"apiVersion": "v3.1.0",\n "kind": "DataContract"\n "id": "x"}',
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/Missing ,/),
        line: 3,
        column: 2,
      },
    });
  });

  it.each([
    ['an empty definition', '  ', /is empty/],
    ['a list', '- a\n- b\n', /this definition is a list/],
    ['a plain value', 'just text', /the value "just text"/],
    [
      'another kind',
      'apiVersion: v3.1.0\nkind: Component\n',
      /kind: expected DataContract, got "Component"/,
    ],
    [
      'an ODCS v2 contract',
      'apiVersion: 2.2.2\nkind: DataContract\n',
      /apiVersion: expected v3.0.x or v3.1.0, got "2.2.2"/,
    ],
  ])('refuses %s with a reason', (_, definition, reason) => {
    expect(parseOdcsContract(definition)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(reason) },
    });
  });

  it('points past leading comments at a value that is not an object', () => {
    expect(parseOdcsContract('# a contract\n- a\n')).toMatchObject({
      ok: false,
      error: { line: 2, column: 1 },
    });
  });

  it('does not crash on a column list that contains itself', () => {
    const looping = minimal(
      'schema:\n  - name: x\n    properties: &p\n      - name: y\n        properties: *p\n',
    );
    expect(parseOdcsContract(looping)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/could not be read/) },
    });
  });

  it('says where a wrong kind is', () => {
    const result = parseOdcsContract('apiVersion: v3.1.0\nkind: Component\n');
    expect(result).toMatchObject({ ok: false, error: { line: 2, column: 7 } });
  });

  it('skips fields of the wrong type, names them, and keeps the rest', () => {
    const { contract, warnings } = contractOf(
      minimal(`schema:
  - name: orders
    properties:
      - name: id
        required: "yes"
      - name: amount
  - just a string
slaProperties: latency
`),
    );
    expect(contract.schema[0].properties.map(p => p.name)).toEqual([
      'id',
      'amount',
    ]);
    expect(contract.schema[0].properties[0].required).toBe(false);
    expect(warnings).toHaveLength(3);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'schema[0].properties[0].required: expected true or false, got string "yes"',
        'schema[1]: expected an object, got string "just a string"',
        'slaProperties: expected a list, got string "latency"',
      ]),
    );
  });

  it('warns about required contract fields that are missing', () => {
    const { warnings } = contractOf('apiVersion: v3.1.0\nkind: DataContract\n');
    expect(warnings).toEqual([
      'id: missing, expected a unique id for the contract',
      'version: missing, expected the contract version, e.g. 1.0.0',
      'status: missing, expected a status such as draft, active or deprecated',
    ]);
  });

  it('reads the v3.0 team list as members', () => {
    const { contract } = contractOf(
      minimal('team:\n  - username: ana\n    role: owner\n'),
    );
    expect(contract.team).toEqual({
      members: [expect.objectContaining({ username: 'ana', role: 'owner' })],
    });
  });
});
