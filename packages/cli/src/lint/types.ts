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
 * One thing wrong in a catalog file, at the place a domain owner edits.
 * @public
 */
export interface LintProblem {
  /** The file as it was given on the command line. */
  file: string;
  /** 1-based line of the offending key or value. */
  line: number;
  /** 1-based column of the offending key or value. */
  column: number;
  severity: 'error';
  /** The validator's text, starting with the field path, or `YAML syntax: ...`. */
  message: string;
  /** The field path, such as `spec.outputPorts[1].sla.freshness`; absent for YAML syntax errors. */
  field?: string;
}

/**
 * A `kind: DataProduct` document found in a file, whether valid or not.
 * @public
 */
export interface LintedDataProduct {
  /** `metadata.name`, when the document has one. */
  name: string | undefined;
  /** 1-based line where the document's content starts. */
  line: number;
  /** The document as plain data, as the catalog would read it. */
  entity: unknown;
  /** How many problems the validator found in this document. */
  problemCount: number;
}

/**
 * What linting one file found.
 * @public
 */
export interface LintedFile {
  file: string;
  dataProducts: LintedDataProduct[];
  /** Problems in the order they appear in the file. */
  problems: LintProblem[];
  /**
   * The line of the first document for which the catalog would load no
   * document of this file at all (broken YAML, a document that is not an
   * entity, a kind no rule allows); absent when there is none.
   */
  refusedWholeAt?: number;
}

/**
 * A file that could not be read, such as a path that does not exist.
 * @public
 */
export interface UnreadableFile {
  file: string;
  /** Short and lower case: `no such file`, `is a directory`, `permission denied`. */
  reason: string;
}

/**
 * What linting a set of files found.
 * @public
 */
export interface LintReport {
  /** The files that were read, in the order they were given. */
  files: LintedFile[];
  unreadableFiles: UnreadableFile[];
  /** Every problem of every file, in file order. */
  problems: LintProblem[];
}
