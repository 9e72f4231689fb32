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

import type { JsonObject, JsonValue } from '@backstage/types';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { validateDataProductEntity } from '../entity';
import {
  generateOdpsDocuments,
  randomOf,
} from './__testUtils__/generateOdpsDocuments';
import { exportDataProductAsOdps } from './exportDataProductAsOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import { unknownFieldsIn } from './odpsSchemaWalk';
import schemaV100 from './schemas/odps-json-schema-v1.0.0.json';
import schemaV110 from './schemas/odps-json-schema-v1.1.0.json';
import { jsonPath, validateOdpsDocument } from './validateOdpsDocument';

// Checked with the official schemas on their own, not through the code under test.
const ajv = addFormats(new Ajv2019({ allErrors: true }));
const official = {
  'v1.0.0': ajv.compile(schemaV100),
  'v0.9.0': ajv.compile(schemaV100),
  'v1.1.0': ajv.compile(schemaV110),
};

const documents = [
  ...generateOdpsDocuments(schemaV100, 'v1.0.0', 20, 100),
  ...generateOdpsDocuments(schemaV100, 'v0.9.0', 10, 200),
  ...generateOdpsDocuments(schemaV110, 'v1.1.0', 30, 300),
];

const flags = { owner: 'group:generated', domain: 'generated' };

type Port = { name?: unknown; version?: unknown };
/** The ports of a list, as name and version, in any order. */
const portsOf = (list: JsonValue | undefined) =>
  (Array.isArray(list) ? (list as Port[]) : [])
    .map(port => `${port.name}@${port.version}`)
    .sort();

/**
 * A document in a form to compare an export with what was imported: lists
 * in any order (a port the kind can't hold comes back after the others),
 * empty lists and maps left out, and what the export writes by the kind's
 * rules set aside: the apiVersion, owner and domain (flags), the status
 * and `deprecated` (the kind's default status is draft), a name when the
 * document had none, and members' `role: member` (the kind requires one).
 */
function comparable(value: JsonValue | undefined): JsonValue | undefined {
  if (Array.isArray(value)) {
    const items = value.map(item => JSON.stringify(comparable(item) ?? null));
    return items.length > 0
      ? items.sort().map(item => JSON.parse(item))
      : undefined;
  }
  if (!value || typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .sort()
    .map(key => [key, comparable(value[key])] as const)
    .filter(
      ([key, item]) =>
        item !== undefined && !(key === 'role' && item === 'member'),
    );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A document without what the export writes its own way. */
function withoutKindFields(document: JsonObject): JsonObject {
  const { apiVersion, domain, status, deprecated, team, ...rest } = document;
  const { name: owner, ...members } = (team ?? {}) as JsonObject;
  return { ...rest, team: members };
}

/** Every object of a document with its path, to put a vendor field in. */
function objectsOf(value: JsonValue, path: Array<string | number> = []) {
  const found: Array<Array<string | number>> = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => found.push(...objectsOf(item, [...path, i])));
  } else if (value && typeof value === 'object') {
    found.push(path);
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'value') found.push(...objectsOf(child!, [...path, key]));
    }
  }
  return found;
}

/** The document with an `x-vendor` field in a few of its objects. */
function withVendorFields(document: JsonObject, seed: number) {
  const copy = JSON.parse(JSON.stringify(document));
  const random = randomOf(seed);
  const paths = objectsOf(copy).filter(() => random.chance(0.3));
  for (const path of paths) {
    const target = path.reduce((value: any, key) => value[key], copy);
    target['x-vendor'] = { seed };
  }
  return { document: copy as JsonObject, paths };
}

describe.each(
  documents.map((document, i) => [i, document.apiVersion, document] as const),
)('generated document %i (ODPS %s)', (i, apiVersion, document) => {
  it('is valid against the official schema, and imports with no problem', () => {
    const validate = official[apiVersion as keyof typeof official];
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    const { entity, problems } = odpsToDataProduct(document, flags);
    expect(problems).toEqual([]);
    expect(validateDataProductEntity(entity)).toEqual([]);
  });

  it('exports to valid ODPS v1.1.0 with every port', () => {
    const { entity } = odpsToDataProduct(document, flags);
    const {
      document: exported,
      problems,
      warnings,
    } = exportDataProductAsOdps(entity!);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(official['v1.1.0'](exported)).toBe(true);
    for (const list of ['inputPorts', 'outputPorts', 'managementPorts']) {
      expect(portsOf(exported![list])).toEqual(portsOf(document[list]));
    }
  });

  it('exports back every field it had, but those the kind writes its own way', () => {
    const { entity } = odpsToDataProduct(document, flags);
    const exported = withoutKindFields(
      exportDataProductAsOdps(entity!).document!,
    );
    if (document.name === undefined) delete exported.name;
    if (document.id === '') exported.id = ''; // the kind derives one
    expect(comparable(exported)).toEqual(
      comparable(withoutKindFields(document)),
    );
  });

  it('imports with vendor fields anywhere, warning of each, and exports valid ODPS', () => {
    const vendor = withVendorFields(document, 1000 + i);
    const { entity, problems, warnings } = odpsToDataProduct(
      vendor.document,
      flags,
    );
    expect(problems).toEqual([]);
    const unknown = warnings.filter(w => w.message.includes('not a field'));
    expect(unknown.map(w => w.field).sort()).toEqual(
      vendor.paths.map(path => jsonPath([...path, 'x-vendor'])).sort(),
    );
    // the schema itself names the same fields
    expect(
      unknownFieldsIn(
        vendor.document,
        (apiVersion === 'v1.1.0' ? schemaV110 : schemaV100) as object,
      )
        .map(field => jsonPath(field.path))
        .sort(),
    ).toEqual(
      validateOdpsDocument(vendor.document)
        .map(problem => problem.field)
        .sort(),
    );
    const exported = exportDataProductAsOdps(entity!);
    expect(exported.problems).toEqual([]);
    expect(official['v1.1.0'](exported.document)).toBe(true);
    expect(exported.warnings).toHaveLength(vendor.paths.length);
  });
});
