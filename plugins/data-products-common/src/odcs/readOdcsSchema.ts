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

import { isRawObject, type FieldReader, type RawObject } from './FieldReader';
import { declaresPii } from './odcsSensitivity';
import { readQualityRules } from './readQualityRules';
import type { OdcsProperty, OdcsSchemaObject } from './types';

/** `array<string>` for a list column whose items are typed. */
function logicalTypeOf(raw: RawObject, r: FieldReader, path: string) {
  const type = r.string(raw, 'logicalType', path);
  const items = raw.items;
  if (type === 'array' && isRawObject(items) && items.logicalType) {
    return `array<${String(items.logicalType)}>`;
  }
  return type;
}

/**
 * The columns of an object. Nested objects and arrays of objects are
 * flattened (`address.city`, `lines[].sku`) so one table shows them all.
 */
function readProperties(
  raw: RawObject,
  path: string,
  r: FieldReader,
  prefix: string,
): OdcsProperty[] {
  const columns: OdcsProperty[] = [];
  for (const { item, path: at } of r.objects(raw, 'properties', path)) {
    r.expect(item, 'name', at, 'the column name');
    const physicalName = r.string(item, 'physicalName', at);
    const ownName = r.string(item, 'name', at) ?? physicalName ?? '?';
    const name = prefix ? `${prefix}.${ownName}` : ownName;
    const tags = r.strings(item, 'tags', at);
    const position = r.integer(item, 'primaryKeyPosition', at);
    const primaryKey = r.boolean(item, 'primaryKey', at);
    columns.push({
      name,
      path: at,
      physicalName,
      businessName: r.string(item, 'businessName', at),
      logicalType: logicalTypeOf(item, r, at),
      physicalType: r.string(item, 'physicalType', at),
      required: r.boolean(item, 'required', at),
      unique: r.boolean(item, 'unique', at),
      primaryKey,
      primaryKeyPosition:
        primaryKey && position !== undefined && position > 0
          ? position
          : undefined,
      partitioned: r.boolean(item, 'partitioned', at),
      criticalDataElement: r.boolean(item, 'criticalDataElement', at),
      classification: r.string(item, 'classification', at),
      containsPii: declaresPii(item, tags),
      description: r.string(item, 'description', at),
      tags,
      quality: readQualityRules(item, at, r),
    });
    columns.push(...readProperties(item, at, r, name));
    const items = r.object(item, 'items', at);
    if (items)
      columns.push(...readProperties(items, `${at}.items`, r, `${name}[]`));
  }
  return columns;
}

/** The `schema` list: one entry per table, topic, file… */
export function readOdcsSchema(
  raw: RawObject,
  r: FieldReader,
): OdcsSchemaObject[] {
  return r.objects(raw, 'schema', '').map(({ item, path }) => {
    r.expect(item, 'name', path, 'the name of the table, topic or file');
    const tags = r.strings(item, 'tags', path);
    const physicalName = r.string(item, 'physicalName', path);
    return {
      name: r.string(item, 'name', path) ?? physicalName ?? path,
      path,
      physicalName,
      physicalType: r.string(item, 'physicalType', path),
      businessName: r.string(item, 'businessName', path),
      description: r.string(item, 'description', path),
      granularity: r.string(item, 'dataGranularityDescription', path),
      tags,
      containsPii: declaresPii(item, tags),
      properties: readProperties(item, path, r, ''),
      quality: readQualityRules(item, path, r),
    };
  });
}
