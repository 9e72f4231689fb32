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

import type { FieldReader, RawObject } from './FieldReader';
import { declaresPii } from './odcsSensitivity';
import {
  readPrice,
  readRoles,
  readServers,
  readSlaProperties,
  readSupport,
  readTeam,
} from './readOdcsParts';
import { readOdcsSchema } from './readOdcsSchema';
import type { OdcsContract } from './types';

/** A parsed ODCS v3 document (already known to be one) as the portal shows it. */
export function readOdcsContract(raw: RawObject, r: FieldReader): OdcsContract {
  // required by ODCS; a reader can do without them, the owner should still add them
  r.expect(raw, 'id', '', 'a unique id for the contract');
  r.expect(raw, 'version', '', 'the contract version, e.g. 1.0.0');
  r.expect(raw, 'status', '', 'a status such as draft, active or deprecated');
  const tags = r.strings(raw, 'tags', '');
  const description = r.object(raw, 'description', '') ?? {};
  return {
    apiVersion: String(raw.apiVersion),
    id: r.string(raw, 'id', ''),
    name: r.string(raw, 'name', ''),
    version: r.string(raw, 'version', ''),
    status: r.string(raw, 'status', ''),
    domain: r.string(raw, 'domain', ''),
    dataProduct: r.string(raw, 'dataProduct', ''),
    tenant: r.string(raw, 'tenant', ''),
    tags,
    containsPii: declaresPii(raw, tags),
    description: {
      purpose: r.string(description, 'purpose', 'description'),
      usage: r.string(description, 'usage', 'description'),
      limitations: r.string(description, 'limitations', 'description'),
    },
    schema: readOdcsSchema(raw, r),
    servers: readServers(raw, r),
    support: readSupport(raw, r),
    slaProperties: readSlaProperties(raw, r),
    team: readTeam(raw, r),
    roles: readRoles(raw, r),
    price: readPrice(raw, r),
  };
}
