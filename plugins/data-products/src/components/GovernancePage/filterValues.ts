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

import type {
  DataProductLevel,
  DataProductListFilters,
} from '@meshwork/plugin-data-products-common';

/** The matrix's filters: one value each, since a reviewer looks at one slice at a time. */
export interface MatrixFilterValues {
  q?: string;
  domain?: string;
  owner?: string;
  level?: DataProductLevel;
  failing?: string;
}

/** The backend's filters for the matrix's, leaving out what is not set. */
export function toListFilters(
  values: MatrixFilterValues,
): DataProductListFilters {
  const filters: DataProductListFilters = {};
  const q = values.q?.trim();
  if (q) filters.q = q;
  if (values.domain) filters.domain = [values.domain];
  if (values.owner) filters.owner = [values.owner];
  if (values.level) filters.level = [values.level];
  if (values.failing) filters.failing = [values.failing];
  return filters;
}
