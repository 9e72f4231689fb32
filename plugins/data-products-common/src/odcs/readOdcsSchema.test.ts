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

import { parse } from 'yaml';
import { FieldReader } from './FieldReader';
import { readOdcsSchema } from './readOdcsSchema';

describe('readOdcsSchema', () => {
  it('flattens nested columns and finds PII by tag or custom property', () => {
    const [customers] = readOdcsSchema(
      parse(`schema:
  - name: customers
    properties:
      - name: email
        tags: [PII]
      - name: address
        logicalType: object
        properties:
          - name: street
            customProperties: [{ property: pii, value: true }]
      - name: phones
        logicalType: array
        items:
          logicalType: object
          properties:
            - name: number
`),
      new FieldReader(),
    );
    const columns = customers.properties;
    expect(columns.map(c => [c.name, c.containsPii])).toEqual([
      ['email', true],
      ['address', false],
      ['address.street', true],
      ['phones', false],
      ['phones[].number', false],
    ]);
    expect(columns[3].logicalType).toBe('array<object>');
  });

  it('marks a whole object as PII by its tag, and reads v2-style pii flags', () => {
    const reader = new FieldReader();
    const [customers, orders] = readOdcsSchema(
      parse(`schema:
  - name: customers
    tags: [pii, gdpr]
    properties:
      - name: name
        pii: true
  - name: orders
    properties:
      - name: order_id
        tags: [pii-free]
        primaryKey: true
`),
      reader,
    );
    expect(customers.containsPii).toBe(true);
    expect(customers.properties[0].containsPii).toBe(true);
    expect(orders.containsPii).toBe(false);
    expect(orders.properties[0]).toMatchObject({
      containsPii: false,
      primaryKey: true,
      primaryKeyPosition: undefined,
    });
    expect(reader.warnings).toEqual([]);
  });
});
