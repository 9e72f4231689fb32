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
import type { DataProductEntityV1alpha1, OutputPort } from '../entity';
import type { OdcsContract } from '../odcs';

/**
 * How a change lands on the products that read a port:
 * - `breaking`: a reader's query, pipeline or access may stop working;
 * - `notable`: nothing breaks, but readers or governance should know;
 * - `compatible`: readers may ignore it.
 * @public
 */
export type DataProductChangeSeverity = 'breaking' | 'notable' | 'compatible';

/** @public */
export type DataProductChangeKind =
  | 'port-removed'
  | 'port-version-replaced'
  | 'port-added'
  | 'port-deprecated'
  | 'port-type-changed'
  | 'server-changed'
  | 'sla-weakened'
  | 'sla-strengthened'
  | 'sla-removed'
  | 'classification-tightened'
  | 'classification-loosened'
  | 'pii-added'
  | 'contract-removed'
  | 'contract-added'
  | 'schema-object-removed'
  | 'schema-object-added'
  | 'column-removed'
  | 'column-renamed'
  | 'column-added'
  | 'column-type-changed'
  | 'column-made-required'
  | 'column-made-optional'
  | 'product-retired'
  | 'product-deprecated';

/**
 * Why a breaking change is allowed: a new major version of its port, of
 * the product, or a port still at 0.x, where semver lets anything change.
 * @public
 */
export type BreakingChangeAllowance =
  | 'port-major'
  | 'product-major'
  | 'initial-development';

/** One difference between two versions of a data product. @public */
export interface DataProductChange {
  severity: DataProductChangeSeverity;
  kind: DataProductChangeKind;
  /**
   * Where, as an owner finds it: a field of the product
   * (`spec.outputPorts[1].sla.freshness`, indexed in the new version, or the
   * old one for what was removed), followed for a contract by the contract
   * and its own path (`api:default/orders › schema[0].properties[2]`).
   */
  field: string;
  /** The output port the change is on, as `name vX.Y.Z`. */
  port?: string;
  /** Its identity in the old version (`orders@1`): what readers read. */
  portKey?: string;
  message: string;
  /** Set on a breaking change that a major version allows. */
  allowedBy?: BreakingChangeAllowance;
  /** The products (full refs) whose input ports read the port, when readers were given. */
  readers?: string[];
}

/** A product's changes, and the breaking ones no major version allows. @public */
export interface DataProductDiff {
  changes: DataProductChange[];
  /** Breaking changes without a new major version: why a merge should stop. */
  unversioned: DataProductChange[];
}

/**
 * One side of a diff: a product and a way to find each output port's ODCS
 * contract (by its `contract` ref or `contractId`), however the caller holds
 * them: files, the catalog, a posted document.
 * @public
 */
export interface DataProductRevision {
  entity: DataProductEntityV1alpha1;
  contractOf?(
    port: OutputPort,
  ): { contract: OdcsContract; source: string } | undefined;
}

/** A port's contract as a diff reads it. @public */
export interface DiffContractFound {
  contract: OdcsContract;
  source: string;
}

/** @public */
export interface DiffDataProductsOptions {
  /** Products that may read the old version's ports; their input ports decide which. */
  readers?: ReadonlyArray<Entity>;
}
