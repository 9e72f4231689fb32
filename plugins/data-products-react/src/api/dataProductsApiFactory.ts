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
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { DataProductsClient } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from './DataProductsApi';

/**
 * The client as the app builds it: the app's discovery, and its fetch, which
 * carries the signed-in user's token. The data-products plugin installs it in
 * both frontend systems; an app replaces it to wrap or stub the client.
 * @public
 */
export const dataProductsApiFactory = createApiFactory({
  api: dataProductsApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new DataProductsClient({ discoveryApi, fetchApi }),
});
