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

import type { JsonObject } from '@backstage/types';
import {
  DATA_PRODUCT_API_VERSION,
  DATA_PRODUCT_KIND,
  DataClassification,
  DataProductEntityV1alpha1,
  DataProductProblem,
  validateDataProductEntity,
} from '../entity';
import { explained } from './explainedReferences';
import { compact, Leftovers } from './leftovers';
import {
  metadataFromOdps,
  productPropertiesFromOdps,
} from './metadataFromOdps';
import { ODPS_KEPT_FIELDS_KEY } from './OdpsDocument';
import { supportFromOdps, teamFromOdps } from './peopleFromOdps';
import { portsFromOdps } from './portsFromOdps';
import {
  productTypeFromOdps,
  productTypeToOdps,
  statusFromOdps,
  stringFromOdps,
  versionFromOdps,
} from './odpsValues';
import { readForImport } from './odpsImportWarnings';

function inOdps(problem: DataProductProblem): OdpsImportProblem {
  return { ...problem, document: 'odps' };
}

/**
 * What the ODPS document can't tell: the owner and domain as entity refs.
 * Each overrides what the document says.
 * @public
 */
export interface OdpsImportOptions {
  /** The owning Group (or User), such as `group:sales-data`. */
  owner?: string;
  /** The Domain, such as `domain:sales`. */
  domain?: string;
  /**
   * Refuse fields that the ODPS schema does not know, as errors. By
   * default they are kept in `spec.customProperties.odps` and warned of:
   * real documents carry vendor extensions such as `x-vendor`.
   */
  strict?: boolean;
}

/**
 * A problem of an import: in the ODPS document (`field` is a JSON path such
 * as `$.outputPorts[0].name`), or in the `DataProduct` it gives
 * (`spec.owner`), with the option that fixes it.
 * @public
 */
export type OdpsImportProblem = DataProductProblem & {
  document: 'odps' | 'dataProduct';
};

/** @public */
export interface OdpsImportResult {
  /** Set when there is no problem: a valid `DataProduct`. */
  entity?: DataProductEntityV1alpha1;
  problems: OdpsImportProblem[];
  /**
   * What the import kept without a place in the kind, and read past: a
   * field the ODPS schema does not know (`$.outputPorts[1].x-owner`), a
   * port the catalog holds already under the same name and version.
   */
  warnings: OdpsImportProblem[];
}

/**
 * A `DataProduct` entity from an ODPS v1.0.0 or v1.1.0 document (v0.9.0 is
 * read as v1.0.0). The document is first checked against the official
 * schema of its version; a field the schema does not know is a warning
 * (an error with `strict`), and is kept. Fields ODPS and the kind share are
 * mapped; the `meshwork.` custom properties of an export give back the
 * kind's own fields; every other ODPS field is kept, in ODPS form, in
 * `spec.customProperties.odps`, so an export gives the document back.
 * @public
 */
export function odpsToDataProduct(
  document: unknown,
  options: OdpsImportOptions = {},
): OdpsImportResult {
  const read = readForImport(document, options.strict);
  const warned = [...read.warnings];
  const warnings = () => warned.map(inOdps);
  if (read.problems.length > 0) {
    return { problems: read.problems.map(inOdps), warnings: warnings() };
  }
  const doc = new Leftovers(read.document as JsonObject);
  doc.take('apiVersion');
  doc.take('kind');
  const { carried, own } = productPropertiesFromOdps(doc);
  const metadata = metadataFromOdps(doc, carried);
  const status = doc.takeSpelled('status', statusFromOdps) ?? 'draft';
  if (status === 'deprecated' && doc.peek('deprecated') === true) {
    doc.take('deprecated');
  }
  const team = teamFromOdps(doc.take('team'));
  doc.keep('team', team.kept);
  const given = {
    owner: team.owner,
    domain: doc.takeAs('domain', stringFromOdps),
  };
  const description = new Leftovers(doc.take('description'));
  const support = supportFromOdps(
    doc.peek('support'),
    carried.supportWithoutUrl,
  );
  doc.keep('support', support.kept);
  const { inputPorts, outputPorts, managementPorts, repeated } =
    portsFromOdps(doc);
  warned.push(...repeated);

  const spec = compact({
    owner: options.owner ?? given.owner,
    domain: options.domain ?? given.domain,
    status,
    type: doc.takeSpelled('type', productTypeFromOdps, productTypeToOdps),
    version: doc.takeAs('version', versionFromOdps),
    purpose: description.takeAs('purpose', stringFromOdps),
    usage: description.takeAs('usage', stringFromOdps),
    limitations: description.takeAs('limitations', stringFromOdps),
    classification: carried.classification as DataClassification | undefined,
    containsPii: carried.containsPii as boolean | undefined,
    team: team.members,
    support: support.items,
    inputPorts,
    outputPorts,
    managementPorts,
    customProperties: undefined as JsonObject | undefined,
  });
  doc.keep('description', description.rest());
  const kept = doc.rest();
  if (own || kept) {
    spec.customProperties = compact({ ...own, [ODPS_KEPT_FIELDS_KEY]: kept });
  }
  const entity = {
    apiVersion: DATA_PRODUCT_API_VERSION,
    kind: DATA_PRODUCT_KIND,
    metadata,
    spec,
  } as DataProductEntityV1alpha1;

  const problems = validateDataProductEntity(entity).map(
    (problem): OdpsImportProblem => ({
      ...explained(problem, options, given),
      document: 'dataProduct',
    }),
  );
  return problems.length > 0
    ? { problems, warnings: warnings() }
    : { entity, problems, warnings: warnings() };
}
