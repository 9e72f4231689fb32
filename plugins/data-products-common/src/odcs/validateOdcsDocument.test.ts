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

// Tests run in Node: the example mesh's contracts are read from the repo.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'fs';
import { parse, parseAllDocuments } from 'yaml';
import { fullExampleOdcs } from './__fixtures__/odcsFixtures';
import { readOdcsDocument } from './readOdcsDocument';
import { validateOdcsDocument } from './validateOdcsDocument';

const contract = (columns: string, top = '') =>
  parse(
    `apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\n${top}schema:\n  - name: orders\n    properties:\n${columns}`,
  );

const messages = (document: unknown) =>
  validateOdcsDocument(document)?.map(p => p.message);

describe('validateOdcsDocument', () => {
  it('finds the official full example valid', () => {
    expect(validateOdcsDocument(parse(fullExampleOdcs))).toEqual([]);
  });

  it('finds every contract of the example mesh valid', () => {
    const file = readFileSync(
      `${__dirname}/../../../../examples/contracts.yaml`,
      'utf8',
    );
    const definitions = parseAllDocuments(file)
      .map(doc => doc.toJS())
      .filter(entity => entity?.spec?.type === 'odcs')
      .map(entity => parse(entity.spec.definition));
    expect(definitions.length).toBeGreaterThan(10);
    for (const definition of definitions) {
      expect([definition.id, validateOdcsDocument(definition)]).toEqual([
        definition.id,
        [],
      ]);
    }
  });

  it('names each field that breaks the schema, with what ODCS expects', () => {
    expect(
      messages(
        contract(
          [
            '      - name: order_id',
            '        logicalType: strin',
            '      - name: amount',
            '        logicalType: number',
            '        required: "yes"',
            '        clasification: restricted',
            '',
          ].join('\n'),
          'owner: sales\n',
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /^owner: not a field of ODCS v3.1.0; expected one of version, kind, /,
      ),
      'schema[0].properties[0].logicalType: found "strin"; expected one of string, date, timestamp, time, number, integer, object, array, boolean',
      'schema[0].properties[1].required: found "yes"; expected true or false',
      'schema[0].properties[1].clasification: not a field of ODCS v3.1.0; did you mean "classification"?',
    ]);
  });

  it('says a contract nested too deeply to check is one, instead of throwing', () => {
    let column: unknown = { name: 'leaf', logicalType: 'string' };
    for (let i = 0; i < 20_000; i++) {
      column = { name: `c${i}`, logicalType: 'object', properties: [column] };
    }
    const deep = {
      ...contract(''),
      schema: [{ name: 'orders', properties: [column] }],
    };
    const [problem] = validateOdcsDocument(deep) ?? [];
    expect(problem.message).toMatch(/^\(document\): could not be checked: /);
  });

  it('says nothing for other v3 versions: Meshwork holds only the v3.1.0 schema', () => {
    expect(
      validateOdcsDocument({ ...contract(''), apiVersion: 'v3.0.2' }),
    ).toBeUndefined();
  });
});

describe('readOdcsDocument', () => {
  it('reads a parsed document as parseOdcsContract reads its text', () => {
    const read = readOdcsDocument(parse(fullExampleOdcs));
    expect(read.ok && read.contract.schema.map(o => o.name)).toEqual([
      'tbl',
      'receivers',
    ]);
  });

  it('names the top-level field a document fails on', () => {
    expect(readOdcsDocument({ kind: 'Component' })).toMatchObject({
      ok: false,
      at: 'kind',
    });
    expect(readOdcsDocument({ kind: 'DataContract' })).toMatchObject({
      ok: false,
      at: 'apiVersion',
    });
    expect(readOdcsDocument(['a'])).toMatchObject({ ok: false, at: '' });
  });
});
