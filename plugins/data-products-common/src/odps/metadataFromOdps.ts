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
  type EntityLink,
  type EntityMeta,
} from '@backstage/catalog-model';
import type { JsonObject, JsonValue } from '@backstage/types';
import { ANNOTATION_ODPS_ID, DATA_PRODUCT_KIND } from '../entity';
import { compact, isJsonObject, hasOwn, Leftovers, setOwn } from './leftovers';
import { freeKey, mapList } from './mapList';
import { ODPS_KEPT_FIELDS_KEY } from './OdpsDocument';
import { derivedOdpsId } from './odpsId';
import { meshworkFieldOf, textMap } from './odpsProperties';
import {
  isCatalogTag,
  nameFromOdps,
  stringFromOdps,
  textFromOdps,
} from './odpsValues';

/** The product-level `meshwork.` custom properties an export writes. */
const productFields = [
  'classification',
  'containsPii',
  'description',
  'entityRef',
  'annotations',
  'labels',
  'linkIcons',
  'supportWithoutUrl',
];

/**
 * Splits the document's `customProperties`: the `meshwork.` ones carry
 * fields of the kind; the others become `spec.customProperties`, their
 * `description` or `id` kept.
 */
export function productPropertiesFromOdps(doc: Leftovers): {
  carried: JsonObject;
  own?: JsonObject;
} {
  const list = doc.peek('customProperties');
  const carried: JsonObject = {};
  const own: JsonObject = {};
  const kept: JsonObject = {};
  for (const entry of Array.isArray(list) ? list : []) {
    if (!isJsonObject(entry) || typeof entry.property !== 'string') continue;
    const field = meshworkFieldOf(entry, productFields);
    if (field) {
      carried[field] = entry.value;
    } else if (
      entry.property === ODPS_KEPT_FIELDS_KEY ||
      hasOwn(own, entry.property)
    ) {
      // the name is taken, by the kept fields or by an earlier property of
      // that name: keep this one whole, for the export to add back
      setOwn(
        kept,
        freeKey(entry.property, key => hasOwn(kept, key) || hasOwn(own, key)),
        entry,
      );
    } else {
      const { property, value, ...details } = entry;
      setOwn(own, property, value);
      if (Object.keys(details).length > 0) setOwn(kept, property, details);
    }
  }
  doc.keep('customProperties', kept);
  return { carried, own: Object.keys(own).length > 0 ? own : undefined };
}

function entityRefOf(value: JsonValue | undefined) {
  try {
    return typeof value === 'string' ? parseEntityRef(value) : undefined;
  } catch {
    return undefined;
  }
}

/** ODPS `authoritativeDefinitions` are the entity's links. */
function linksFromOdps(doc: Leftovers, icons?: Record<string, string>) {
  const mapped = mapList<EntityLink>(
    doc.peek('authoritativeDefinitions'),
    { keyField: 'url' },
    (definition, raw) => {
      const url = textFromOdps(raw.url);
      if (!url) return undefined;
      const type = definition.takeAs('type', stringFromOdps);
      return compact({
        url,
        title: definition.takeAs('description', stringFromOdps),
        icon: icons?.[url],
        type: type === 'link' ? undefined : type,
      });
    },
  );
  doc.keep('authoritativeDefinitions', mapped.kept);
  return mapped.items;
}

/** Tags the catalog accepts; others stay in ODPS form. */
function catalogTagsFromOdps(doc: Leftovers): string[] | undefined {
  const all = doc.peek('tags');
  if (!Array.isArray(all)) return undefined;
  const accepted = all.filter(isCatalogTag);
  doc.keep(
    'tags',
    all.filter(tag => !isCatalogTag(tag)),
  );
  return accepted.length > 0 || all.length === 0 ? accepted : undefined;
}

/**
 * The entity's metadata. Its name comes from `meshwork.entityRef` when an
 * export wrote one, else from the ODPS name (`Simple Data Product` →
 * `simple-data-product`), else from the id. The id becomes the
 * `meshwork.dev/odps-id` annotation unless the name alone gives it back.
 */
export function metadataFromOdps(
  doc: Leftovers,
  carried: JsonObject,
): EntityMeta {
  const id = String(doc.take('id'));
  const odpsName = doc.takeAs('name', textFromOdps);
  const ref = entityRefOf(carried.entityRef);
  const name =
    ref?.name ?? nameFromOdps(odpsName) ?? nameFromOdps(id) ?? 'data-product';
  const namespace = ref?.namespace !== 'default' ? ref?.namespace : undefined;
  const derivedId = derivedOdpsId({
    kind: DATA_PRODUCT_KIND,
    namespace: namespace ?? 'default',
    name,
  });
  const annotations: Record<string, string> = compact({
    [ANNOTATION_ODPS_ID]: id === derivedId ? undefined : id,
    ...textMap(carried.annotations),
  }) as Record<string, string>;
  return compact({
    name,
    namespace,
    title: odpsName !== name ? odpsName : undefined,
    description: stringFromOdps(carried.description),
    labels: textMap(carried.labels),
    annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
    tags: catalogTagsFromOdps(doc),
    links: linksFromOdps(doc, textMap(carried.linkIcons)),
  });
}
