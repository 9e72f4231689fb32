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

/**
 * An ODCS v3 data contract as the portal shows it: the parts a reader
 * looks for, already checked and flattened, so rendering never meets a
 * surprise type. Field names follow ODCS where they mean the same thing.
 *
 * @public
 */
export interface OdcsContract {
  apiVersion: string;
  id?: string;
  name?: string;
  version?: string;
  status?: string;
  domain?: string;
  dataProduct?: string;
  tenant?: string;
  tags: string[];
  /** Tagged `pii` at contract level. */
  containsPii: boolean;
  description: { purpose?: string; usage?: string; limitations?: string };
  schema: OdcsSchemaObject[];
  servers: OdcsServer[];
  support: OdcsSupportChannel[];
  slaProperties: OdcsSlaProperty[];
  team?: OdcsTeam;
  roles: OdcsRole[];
  price?: OdcsPrice;
}

/** A table, topic, file… of the contract with its columns. @public */
export interface OdcsSchemaObject {
  name: string;
  /** Where it is in the contract, such as `schema[0]`. */
  path?: string;
  physicalName?: string;
  physicalType?: string;
  businessName?: string;
  description?: string;
  granularity?: string;
  tags: string[];
  containsPii: boolean;
  properties: OdcsProperty[];
  quality: OdcsQualityRule[];
}

/** A column (nested ones are flattened to `parent.child`). @public */
export interface OdcsProperty {
  name: string;
  /** Where it is in the contract, such as `schema[0].properties[2]`. */
  path?: string;
  physicalName?: string;
  businessName?: string;
  logicalType?: string;
  physicalType?: string;
  required: boolean;
  unique: boolean;
  primaryKey: boolean;
  /** 1-based position in a composite primary key, when given. */
  primaryKeyPosition?: number;
  partitioned: boolean;
  criticalDataElement: boolean;
  classification?: string;
  containsPii: boolean;
  description?: string;
  tags: string[];
  quality: OdcsQualityRule[];
}

/** One data quality rule, of any ODCS type (text, library, sql, custom). @public */
export interface OdcsQualityRule {
  type: string;
  name?: string;
  description?: string;
  metric?: string;
  arguments?: Record<string, unknown>;
  /** The comparison as ODCS writes it, e.g. `['mustBeGreaterThan', 1000000]`. */
  operator?: [string, unknown];
  unit?: string;
  query?: string;
  engine?: string;
  implementation?: string;
  dimension?: string;
  severity?: string;
  businessImpact?: string;
  schedule?: string;
  scheduler?: string;
}

/** @public */
export interface OdcsServer {
  server?: string;
  type?: string;
  environment?: string;
  description?: string;
  /** The type-specific connection fields (host, database, topic…) in contract order. */
  location: Array<[string, string]>;
}

/** @public */
export interface OdcsSupportChannel {
  channel: string;
  tool?: string;
  scope?: string;
  url?: string;
  invitationUrl?: string;
  description?: string;
}

/** @public */
export interface OdcsSlaProperty {
  property: string;
  value?: string;
  valueExt?: string;
  unit?: string;
  element?: string;
  driver?: string;
  description?: string;
  schedule?: string;
}

/** @public */
export interface OdcsTeamMember {
  username: string;
  name?: string;
  role?: string;
  description?: string;
  dateIn?: string;
  dateOut?: string;
  replacedByUsername?: string;
}

/** @public */
export interface OdcsTeam {
  name?: string;
  description?: string;
  members: OdcsTeamMember[];
}

/** @public */
export interface OdcsRole {
  role: string;
  access?: string;
  description?: string;
  firstLevelApprovers?: string;
  secondLevelApprovers?: string;
}

/** @public */
export interface OdcsPrice {
  amount?: string;
  currency?: string;
  unit?: string;
}

/** Where in the definition a problem is, 1-based as editors count. @public */
export interface OdcsSourcePosition {
  line: number;
  column: number;
}

/** Why a definition can't be shown as a contract. @public */
export interface OdcsParseError extends Partial<OdcsSourcePosition> {
  message: string;
  /** The offending source line with a caret under the column. */
  excerpt?: string;
}

/**
 * A readable contract plus what was skipped in it (field path and what was
 * expected), or why there is no contract at all.
 *
 * @public
 */
export type OdcsParseResult =
  | { ok: true; contract: OdcsContract; warnings: string[] }
  | { ok: false; error: OdcsParseError };
