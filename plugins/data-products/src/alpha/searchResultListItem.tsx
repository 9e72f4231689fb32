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

import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { RiDatabase2Line } from '@remixicon/react';

/** The search document type the data-product collator indexes under. */
const DATA_PRODUCT_SEARCH_TYPE = 'data-product';

/**
 * `search-result-list-item:data-products`: shows a data product's level,
 * score, domain, owner and tags in the search results.
 * @alpha
 */
export const dataProductSearchResultListItem =
  SearchResultListItemBlueprint.make({
    params: {
      icon: <RiDatabase2Line />,
      predicate: result => result.type === DATA_PRODUCT_SEARCH_TYPE,
      component: () =>
        import('../components/DataProductSearchResultListItem').then(
          m => m.DataProductSearchResultListItem,
        ),
    },
  });
