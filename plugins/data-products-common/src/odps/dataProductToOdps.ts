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
  ANNOTATION_EDIT_URL,
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { JsonObject, JsonValue } from '@backstage/types';
import { ANNOTATION_ODPS_ID, DataProductEntityV1alpha1 } from '../entity';
import { fitOdpsDocument } from './fitOdpsDocument';
import { fillFrom, spelled } from './keptFields';
import { compact, isJsonObject } from './leftovers';
import {
  ODPS_API_VERSION,
  ODPS_KEPT_FIELDS_KEY,
  OdpsCustomProperty,
  OdpsDocument,
} from './OdpsDocument';
import { odpsIdOf } from './odpsId';
import { toMeshworkProperties } from './odpsProperties';
import {
  nameFromOdps,
  productTypeFromOdps,
  productTypeToOdps,
  statusFromOdps,
} from './odpsValues';
import {
  inputPortsToOdps,
  managementPortsToOdps,
  outputPortsToOdps,
  supportToOdps,
  teamToOdps,
} from './portsToOdps';

/** Set by the catalog where it read the entity: not the product's to carry along. */
const catalogAnnotations = new Set([
  ANNOTATION_ODPS_ID, // becomes the ODPS id
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
  ANNOTATION_EDIT_URL,
]);

function nonEmpty<T extends object>(value: T | undefined): T | undefined {
  return value && Object.keys(value).length > 0 ? value : undefined;
}

/**
 * The product's own custom properties, then the `meshwork.` ones that carry
 * what ODPS has no field for.
 */
function customPropertiesOf(
  entity: DataProductEntityV1alpha1,
  supportWithoutUrl: JsonValue | undefined,
): OdpsCustomProperty[] | undefined {
  const { metadata, spec } = entity;
  const own = Object.entries(spec.customProperties ?? {})
    .filter(
      ([key, value]) => key !== ODPS_KEPT_FIELDS_KEY && value !== undefined,
    )
    .map(([property, value]) => ({ property, value: value as JsonValue }));
  const annotations = Object.entries(metadata.annotations ?? {}).filter(
    ([key]) => !catalogAnnotations.has(key),
  );
  const icons = (metadata.links ?? []).filter(link => link.icon);
  // The import names the entity after the ODPS name; say so when it can't.
  const namedElsewise =
    nameFromOdps(metadata.title ?? metadata.name) !== metadata.name ||
    (metadata.namespace ?? 'default') !== 'default';
  const properties = [
    ...own,
    ...(toMeshworkProperties({
      classification: spec.classification,
      containsPii: spec.containsPii,
      description: metadata.description,
      entityRef: namedElsewise ? stringifyEntityRef(entity) : undefined,
      annotations: nonEmpty(Object.fromEntries(annotations)),
      labels: nonEmpty(metadata.labels),
      linkIcons: nonEmpty(
        Object.fromEntries(icons.map(link => [link.url, link.icon!])),
      ),
      supportWithoutUrl,
    }) ?? []),
  ];
  return properties.length > 0 ? properties : undefined;
}

/**
 * The ODPS document of a `DataProduct`, with the kept fields back where
 * they came from, before it is fitted to the schema.
 */
export function buildOdpsDocument(
  entity: DataProductEntityV1alpha1,
): OdpsDocument {
  const { metadata, spec } = entity;
  const keptValue = spec.customProperties?.[ODPS_KEPT_FIELDS_KEY];
  const kept: JsonObject = isJsonObject(keptValue) ? keptValue : {};
  const support = supportToOdps(spec.support, kept);
  const document = compact({
    apiVersion: ODPS_API_VERSION,
    kind: 'DataProduct',
    id: odpsIdOf(entity),
    name: metadata.title ?? metadata.name,
    version: spec.version,
    status: spelled(spec.status, kept.status, statusFromOdps),
    deprecated: spec.status === 'deprecated' ? true : undefined,
    domain: spec.domain,
    type:
      spec.type &&
      spelled(spec.type, kept.type, productTypeFromOdps, productTypeToOdps),
    description: nonEmpty(
      compact({
        purpose: spec.purpose,
        limitations: spec.limitations,
        usage: spec.usage,
      }),
    ),
    tags: metadata.tags,
    team: teamToOdps(spec),
    support: support.support,
    inputPorts: inputPortsToOdps(spec.inputPorts, kept),
    outputPorts: outputPortsToOdps(spec.outputPorts, kept),
    managementPorts: managementPortsToOdps(spec.managementPorts, kept),
    authoritativeDefinitions: metadata.links?.map(link =>
      compact({
        type: link.type ?? 'link',
        url: link.url,
        description: link.title,
      }),
    ),
    customProperties: customPropertiesOf(entity, support.withoutUrl),
  });
  // The port lists are filled already, each port with its own version's.
  const { inputPorts, outputPorts, managementPorts, ...rest } = kept;
  return fillFrom(document, rest) as OdpsDocument;
}

/**
 * A `DataProduct` entity as an ODPS v1.1.0 document. Every field of the kind
 * goes somewhere: into the ODPS field of the same meaning, else into a
 * `meshwork.`-prefixed custom property; the ODPS fields an import kept in
 * `spec.customProperties.odps` go back where they came from, and those that
 * ODPS v1.1.0 does not know (a vendor's `x-owner`) become custom properties
 * of the nearest object that has them. The `id` is the
 * `meshwork.dev/odps-id` annotation, else derived from the entity ref.
 * {@link exportDataProductAsOdps} says what was moved, and whether the
 * document is valid.
 * @public
 */
export function dataProductToOdps(
  entity: DataProductEntityV1alpha1,
): OdpsDocument {
  return fitOdpsDocument(buildOdpsDocument(entity)).document as OdpsDocument;
}
