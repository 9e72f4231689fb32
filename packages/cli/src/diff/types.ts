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

import type {
  DataProductEntityV1alpha1,
  DiffContract,
} from '@meshwork/plugin-data-products-common';

/** A file of one side of the diff, as read from disk or from git. */
export interface SourceFile {
  /** As findings name it: `catalog-info.yaml`, or `origin/main:catalog-info.yaml`. */
  name: string;
  content: string;
  /** The git ref it was read at, when it was; its name is then `REF:PATH`. */
  revision?: string;
}

/** One YAML document of a file, cut from its text. */
export interface Chunk {
  file: SourceFile;
  text: string;
  /** Lines of the file before this document, to turn its positions into the file's. */
  lineOffset: number;
}

/** A 1-based place in a file, as editors count. */
export interface Position {
  line: number;
  column: number;
}

/** Bad input or a warning, said the linter's way: `FILE:LINE:COL: error: MESSAGE`. */
export interface DiffProblem {
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Where a contract's text is: an ODCS document, or an API entity's inline definition. */
export interface ContractHome {
  chunk: Chunk;
  /** The API entity's `spec.definition`, when the contract is held inline. */
  inline?: string;
}

/** A contract of one side, with where it was read, for locating findings in it. */
export interface SideContract extends DiffContract {
  home: ContractHome;
}

/** A valid data product of one side. */
export interface SideProduct {
  /** Its full entity ref, `dataproduct:default/orders-daily`. */
  ref: string;
  entity: DataProductEntityV1alpha1;
  chunk: Chunk;
}

/** What one side (OLD or NEW) holds. */
export interface Side {
  products: SideProduct[];
  contracts: SideContract[];
}
