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

// What this package exported before the client went to -common and the API
// ref to -react: kept so that existing imports still work.

import {
  dataProductsApiRef as reactDataProductsApiRef,
  type DataProductsApi as ReactDataProductsApi,
} from '@meshwork/plugin-data-products-react';
import {
  DataProductsClient as CommonDataProductsClient,
  type DataProductListQuery as CommonDataProductListQuery,
  type WaiverListQuery as CommonWaiverListQuery,
  type WaiverPage as CommonWaiverPage,
  type WaiverRequest as CommonWaiverRequest,
} from '@meshwork/plugin-data-products-common';

/**
 * @public
 * @deprecated Import `dataProductsApiRef` from `@meshwork/plugin-data-products-react` instead.
 */
export const dataProductsApiRef = reactDataProductsApiRef;

/**
 * @public
 * @deprecated Import `DataProductsApi` from `@meshwork/plugin-data-products-react` instead.
 */
export type DataProductsApi = ReactDataProductsApi;

/**
 * @public
 * @deprecated Import `DataProductsClient` from `@meshwork/plugin-data-products-common` instead.
 */
export class DataProductsClient extends CommonDataProductsClient {}

/**
 * @public
 * @deprecated Import `DataProductListQuery` from `@meshwork/plugin-data-products-common` instead.
 */
export type DataProductListQuery = CommonDataProductListQuery;

/**
 * @public
 * @deprecated Import `WaiverListQuery` from `@meshwork/plugin-data-products-common` instead.
 */
export type WaiverListQuery = CommonWaiverListQuery;

/**
 * @public
 * @deprecated Import `WaiverPage` from `@meshwork/plugin-data-products-common` instead.
 */
export type WaiverPage = CommonWaiverPage;

/**
 * @public
 * @deprecated Import `WaiverRequest` from `@meshwork/plugin-data-products-common` instead.
 */
export type WaiverRequest = CommonWaiverRequest;
