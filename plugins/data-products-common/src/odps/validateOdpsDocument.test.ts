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

import { validateOdpsDocument } from './validateOdpsDocument';

const minimal = {
  apiVersion: 'v1.1.0',
  kind: 'DataProduct',
  id: '064c4630-8aad-4dc0-ba95-0f69940e6b18',
};

const messages = (document: unknown) =>
  validateOdpsDocument(document).map(p => p.message);

describe('validateOdpsDocument', () => {
  it('accepts a valid document of each version it reads', () => {
    expect(validateOdpsDocument(minimal)).toEqual([]);
    expect(
      validateOdpsDocument({
        ...minimal,
        apiVersion: 'v1.0.0',
        status: 'active',
      }),
    ).toEqual([]);
  });

  it('uses the schema of the declared version', () => {
    // status became optional in v1.1.0
    expect(messages({ ...minimal, apiVersion: 'v1.0.0' })).toEqual([
      '$.status: missing; ODPS v1.0.0 requires text here',
    ]);
  });

  it('names each problem by its JSON path, with what was expected', () => {
    expect(
      messages({
        ...minimal,
        outputPort: [],
        tags: 'orders',
        support: [{ channel: '#orders', url: 'orders channel' }],
        outputPorts: [{ description: 'no name' }],
      }),
    ).toEqual([
      '$.outputPort: not a field of ODPS v1.1.0; did you mean "outputPorts"?',
      '$.tags: found "orders"; expected a list',
      '$.outputPorts[0].name: missing; ODPS v1.1.0 requires text here',
      '$.support[0].url: found "orders channel"; expected an absolute URL such as https://example.com/x or mailto:team@example.com',
    ]);
    expect(
      validateOdpsDocument({ ...minimal, tags: 'orders' })[0],
    ).toMatchObject({ path: ['tags'], field: '$.tags' });
  });

  it('refuses what is no ODPS document it knows', () => {
    expect(messages('orders')).toEqual([
      '$: found "orders"; expected an ODPS document, a map of fields',
    ]);
    expect(messages({ ...minimal, apiVersion: 'v2.0.0' })).toEqual([
      '$.apiVersion: found "v2.0.0"; expected an ODPS version Meshwork reads: v1.1.0, v1.0.0 or v0.9.0',
    ]);
    expect(messages({ kind: 'DataProduct' })).toEqual([
      '$.apiVersion: missing; expected the ODPS version, v1.1.0 or v1.0.0',
    ]);
  });
});
