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
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { IndexableDocument } from '@backstage/plugin-search-common';
import {
  DATA_PRODUCT_KIND,
  type DataProductLevel,
  type DataProductListItem,
} from '@meshwork/plugin-data-products-common';

/** The search document type (index) of data products. @public */
export const DATA_PRODUCT_SEARCH_TYPE = 'data-product';

/**
 * A data product in the search index. Every field is always present, empty
 * when the product does not declare it: the Lunr engine takes its fields
 * from the first document it sees.
 * @public
 */
export interface DataProductSearchDocument extends IndexableDocument {
  /** `DataProduct`, so the search page's kind filter finds products. */
  kind: typeof DATA_PRODUCT_KIND;
  entityRef: string;
  namespace: string;
  name: string;
  /** The domain's entity ref, or empty. */
  domain: string;
  /** The owning group's entity ref, or empty. */
  owner: string;
  level: DataProductLevel;
  score: number;
  status: string;
  /** The product type: source-aligned, aggregate or consumer-aligned. */
  type: string;
  tags: string[];
}

/** The catalog fields a document's text reads beyond the listing's. */
export const ENTITY_TEXT_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'spec.purpose',
  'spec.usage',
];

function textOf(item: DataProductListItem, entity: Entity): string {
  const spec = entity.spec ?? {};
  const parts = [item.description, spec.purpose, spec.usage]
    .filter((part): part is string => typeof part === 'string')
    .map(part => part.trim())
    .filter(Boolean);
  // The same sentence as description and purpose would only repeat itself.
  const distinct = [...new Set(parts)];
  if (item.tags.length > 0) distinct.push(`Tags: ${item.tags.join(', ')}`);
  return distinct.join('\n');
}

/**
 * A data product as a search document: the listing's level, score, domain,
 * owner and tags, with the catalog entity's purpose and usage in the text.
 */
export function toDataProductDocument(
  item: DataProductListItem,
  entity: Entity,
): DataProductSearchDocument {
  const ref = parseEntityRef(item.entityRef);
  const entityRef = stringifyEntityRef(ref);
  return {
    title: item.title,
    text: textOf(item, entity),
    // The catalog's entity page, spelled as the catalog collator spells it.
    location: `/catalog/${encodeURIComponent(
      ref.namespace,
    )}/dataproduct/${encodeURIComponent(ref.name)}`.toLowerCase(),
    kind: DATA_PRODUCT_KIND,
    entityRef,
    namespace: ref.namespace,
    name: ref.name,
    domain: item.domainRef ?? '',
    owner: item.ownerRef ?? '',
    level: item.level,
    score: item.score,
    status: item.status ?? '',
    type: item.type ?? '',
    tags: item.tags,
    // Search shows the document only to those allowed to read the entity.
    authorization: { resourceRef: entityRef },
  };
}
