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

import type { DataProductListResponse } from '@meshwork/plugin-data-products-common';
import type {
  DataProductListQuery,
  DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import { arrivedAnswer, askOncePerRender } from './firstPageAnswers';

/** What the browse page's page of products for `query` is asked and kept by. */
export function firstPageKey(query: DataProductListQuery): string {
  return `page:${JSON.stringify(query)}`;
}

/**
 * The page of products for `query`, asked for once however many renders
 * (and the app's prefetch) ask for it while it travels.
 */
export function askFirstPage(
  api: DataProductsApi,
  query: DataProductListQuery,
): Promise<DataProductListResponse> {
  return askOncePerRender(api, firstPageKey(query), () =>
    api.listProducts(query),
  );
}

/** That page if it has come already, for a first render to show at once. */
export function arrivedFirstPage(
  api: DataProductsApi,
  query: DataProductListQuery,
): DataProductListResponse | undefined {
  return arrivedAnswer(api, firstPageKey(query));
}
