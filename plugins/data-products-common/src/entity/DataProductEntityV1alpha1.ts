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

import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';

/** @public */
export const DATA_PRODUCT_API_VERSION = 'meshwork.dev/v1alpha1';
/** @public */
export const DATA_PRODUCT_KIND = 'DataProduct';
/** Annotation holding the product's ODPS `id`. @public */
export const ANNOTATION_ODPS_ID = 'meshwork.dev/odps-id';

/** A product's lifecycle stages, in order. @public */
export const DATA_PRODUCT_STATUSES = [
  'proposed',
  'draft',
  'active',
  'deprecated',
  'retired',
] as const;

/** @public */
export type DataProductStatus = (typeof DATA_PRODUCT_STATUSES)[number];

/** @public */
export const DATA_PRODUCT_TYPES = [
  'source-aligned',
  'aggregate',
  'consumer-aligned',
] as const;

/** @public */
export type DataProductType = (typeof DATA_PRODUCT_TYPES)[number];

/** A product's data classifications, least sensitive first. @public */
export const DATA_CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;

/** @public */
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/** @public */
export type OutputPortType =
  | 'table'
  | 'view'
  | 'topic'
  | 'file'
  | 'api'
  | 'dashboard'
  | 'model'
  | 'other';

/** Service levels of an output port; durations are ISO-8601 (`PT24H`). @public */
export type OutputPortSla = {
  freshness?: string;
  availability?: number;
  latency?: string;
  retention?: string;
};

/** @public */
export type OutputPort = {
  name: string;
  description?: string;
  type?: OutputPortType;
  version?: string;
  contract?: string;
  contractId?: string;
  server?: { type: string; location: string; environment?: string };
  /**
   * Datasets this port serves besides its server, as dataset keys
   * (`dbt:model.jaffle_shop.orders`, `openlineage:<namespace>/<name>`,
   * `gx:<suite>`): tool results about them count for this port.
   */
  datasets?: string[];
  sla?: OutputPortSla;
  classification?: DataClassification;
  containsPii?: boolean;
  accessRequest?: { url?: string; autoApprove?: boolean };
  deprecated?: boolean;
  tags?: string[];
};

/** An input port; `dataProduct` + `port` declare lineage. @public */
export type InputPort = {
  name: string;
  dataProduct?: string;
  port?: string;
  contract?: string;
  contractId?: string;
  version?: string;
  description?: string;
};

/** @public */
export type ManagementPort = {
  name: string;
  content: 'discoverability' | 'observability' | 'control' | 'dictionary';
  type?: string;
  url?: string;
};

/** @public */
export type TeamMember = {
  user: string;
  role: 'owner' | 'steward' | 'engineer' | 'analyst' | (string & {});
};

/** @public */
export type SupportChannel = {
  channel: string;
  url?: string;
  tool?: 'slack' | 'teams' | 'email' | 'ticket' | 'other';
  scope?: string;
};

/** The `spec` of a `DataProduct`, with ODPS field names. @public */
export type DataProductSpec = {
  owner: string;
  domain: string;
  status: DataProductStatus;
  type?: DataProductType;
  version?: string;
  purpose?: string;
  usage?: string;
  limitations?: string;
  classification?: DataClassification;
  containsPii?: boolean;
  team?: TeamMember[];
  support?: SupportChannel[];
  inputPorts?: InputPort[];
  outputPorts?: OutputPort[];
  managementPorts?: ManagementPort[];
  customProperties?: JsonObject;
};

/** A `DataProduct` catalog entity (v1alpha1). @public */
export interface DataProductEntityV1alpha1 extends Entity {
  apiVersion: typeof DATA_PRODUCT_API_VERSION;
  kind: typeof DATA_PRODUCT_KIND;
  spec: DataProductSpec;
}

/**
 * Whether an entity claims to be a `DataProduct`. It says nothing of
 * validity: use {@link validateDataProductEntity} for that.
 * @public
 */
export function isDataProductEntity(
  entity: Entity | undefined,
): entity is DataProductEntityV1alpha1 {
  return (
    entity?.apiVersion === DATA_PRODUCT_API_VERSION &&
    entity?.kind === DATA_PRODUCT_KIND
  );
}
