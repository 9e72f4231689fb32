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

import { SearchFilterResultTypeBlueprint } from '@backstage/plugin-search-react/alpha';
import { RiDatabase2Line } from '@remixicon/react';

/**
 * `search-filter-result-type:data-products`: "Data products" in the search
 * page's Result Type list, next to Software Catalog.
 * @alpha
 */
export const dataProductSearchResultType = SearchFilterResultTypeBlueprint.make(
  {
    params: {
      value: 'data-product',
      name: 'Data products',
      icon: <RiDatabase2Line />,
    },
  },
);
