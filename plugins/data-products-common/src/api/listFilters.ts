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

import {
  DATA_CLASSIFICATIONS,
  DATA_PRODUCT_STATUSES,
  DATA_PRODUCT_TYPES,
} from '../entity/DataProductEntityV1alpha1';
import { DATA_PRODUCT_LEVELS } from '../scorecard/levels';

/**
 * The browse filters that take several values, in the order the browse page
 * shows them: each is a repeatable query parameter of GET /products,
 * /products/facets and /products.csv, and a facet of /products/facets.
 * @public
 */
export const DATA_PRODUCT_LIST_FILTERS = [
  'domain',
  'owner',
  'status',
  'type',
  'level',
  'classification',
  'tag',
  'failing',
] as const;

/** @public */
export type DataProductListFilterName =
  (typeof DATA_PRODUCT_LIST_FILTERS)[number];

/**
 * The values of the filters that take one of a closed list; the others take
 * entity refs (`domain`, `owner`), tags or rule ids (`failing`).
 * @public
 */
export const DATA_PRODUCT_FILTER_VALUES = {
  status: DATA_PRODUCT_STATUSES,
  type: DATA_PRODUCT_TYPES,
  level: DATA_PRODUCT_LEVELS,
  classification: DATA_CLASSIFICATIONS,
} as const satisfies Partial<
  Record<DataProductListFilterName, readonly string[]>
>;

/** What one value of the filter `F` may be. @public */
export type DataProductListFilterValue<F extends DataProductListFilterName> =
  F extends keyof typeof DATA_PRODUCT_FILTER_VALUES
    ? (typeof DATA_PRODUCT_FILTER_VALUES)[F][number]
    : string;

/**
 * The filters of GET /products, /products/facets and /products.csv; each
 * array is a repeatable query parameter of the same name. Values of one
 * filter are alternatives, except `failing`: a product fails all of them.
 * @public
 */
export type DataProductListFilters = {
  /** Case-insensitive text in the title, ref, description or tags. */
  q?: string;
  /** Products owned by this group or by any group below it. */
  underOwner?: string;
} & {
  [F in DataProductListFilterName]?: Array<DataProductListFilterValue<F>>;
};
