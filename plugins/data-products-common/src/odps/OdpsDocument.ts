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

/** The ODPS version Meshwork exports. @public */
export const ODPS_API_VERSION = 'v1.1.0';

/**
 * Prefix of the ODPS custom properties that carry fields of the `DataProduct`
 * kind which ODPS has no field for (`meshwork.classification`), so that an
 * import brings them back.
 * @public
 */
export const ODPS_PROPERTY_PREFIX = 'meshwork.';

/**
 * The key in `spec.customProperties` that keeps the ODPS fields the kind has
 * no field for (`tenant`, `productCreatedTs`, a port's `sbom` ...), in ODPS
 * form, so that an export puts them back where they were.
 * @public
 */
export const ODPS_KEPT_FIELDS_KEY = 'odps';

/** An ODPS custom property. @public */
export type OdpsCustomProperty = {
  property: string;
  value: JsonValue;
  description?: string;
  id?: string;
};

/**
 * An ODPS data product document. The fields Meshwork maps are typed; any
 * other field of the standard passes through as JSON.
 * @public
 */
export type OdpsDocument = JsonObject & {
  apiVersion: string;
  kind: 'DataProduct';
  id: string;
  name?: string;
  version?: string;
  status?: string;
  domain?: string;
  type?: string;
  tenant?: string;
  description?: { purpose?: string; limitations?: string; usage?: string };
  tags?: string[];
  customProperties?: OdpsCustomProperty[];
};
