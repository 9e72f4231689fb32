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
  readOdcsDocument,
  validateOdcsDocument,
} from '@meshwork/plugin-data-products-common';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { readApiDefinition } from './apiDefinition';
import { locateInContract, parseFieldPath } from './locateFields';
import type { UntouchedContracts } from './untouchedContracts';
import type { YamlCache } from './yamlDocuments';
import type {
  Chunk,
  ContractHome,
  DiffProblem,
  Position,
  SideContract,
  SourceFile,
} from './types';

/** A document that holds a contract: an API entity of `spec.type: odcs`, or an ODCS document. */
export interface ContractDocument {
  chunk: Chunk;
  value: Record<string, unknown>;
  kind: 'api' | 'odcs';
}

/** What one side's contracts read as, and what is wrong with them. */
export interface ContractsRead {
  contracts: SideContract[];
  problems: DiffProblem[];
  /** API refs and ODCS ids of contracts already reported unreadable: no port is told it lacks one. */
  unreadable: Set<string>;
}

const refOf = (api: Record<string, unknown>) =>
  stringifyEntityRef(api as unknown as Entity);

/**
 * Reads a side's contracts. `judged` is NEW's side: there a contract that
 * breaks the ODCS schema is an error, and what the reader skipped is
 * warned of; OLD is what is already merged, compared as it reads.
 */
export function readContracts(
  documents: ContractDocument[],
  cache: YamlCache,
  judged: boolean,
  files: ReadonlyMap<string, SourceFile>,
  untouched: UntouchedContracts,
): ContractsRead {
  const contracts: SideContract[] = [];
  const problems: DiffProblem[] = [];
  const unreadable = new Set<string>();
  for (const document of documents) {
    const read =
      readUntouched(document, untouched) ??
      readContract(document, { cache, judged, files }, problems);
    if (read) {
      contracts.push(read);
    } else {
      const { value, kind } = document;
      const id = (value as { id?: unknown }).id;
      if (kind === 'api') unreadable.add(refOf(value));
      if (kind === 'odcs' && typeof id === 'string') unreadable.add(id);
    }
  }
  return { contracts, problems, unreadable };
}

type ContractReading = {
  read: ReturnType<typeof readOdcsDocument>;
  schemaProblems: ReturnType<typeof validateOdcsDocument>;
};

/** Keyed by parsed value: the YAML cache gives a text unchanged between the sides one value. */
const readings = new WeakMap<object, ContractReading>();

function readOnce(raw: unknown): ContractReading {
  const known = typeof raw === 'object' && raw ? readings.get(raw) : undefined;
  if (known) return known;
  const reading = {
    read: readOdcsDocument(raw),
    schemaProblems: validateOdcsDocument(raw),
  };
  if (typeof raw === 'object' && raw) readings.set(raw, reading);
  return reading;
}

/**
 * A contract whose document is the same text in OLD and NEW, held unread:
 * an inline definition or an ODCS document (a $text file may differ).
 */
function readUntouched(
  { chunk, value, kind }: ContractDocument,
  untouched: UntouchedContracts,
): SideContract | undefined {
  if (!untouched.has(chunk)) return undefined;
  const ref = kind === 'api' ? refOf(value) : undefined;
  const definition = (value.spec as { definition?: unknown } | undefined)
    ?.definition;
  if (kind === 'api' && typeof definition !== 'string') return undefined;
  return {
    ...(ref ? { ref } : {}),
    contract: untouched.unread(chunk),
    source: ref ?? chunk.file.name,
    home:
      typeof definition === 'string'
        ? { chunk, inline: definition }
        : { chunk },
  };
}

type ReadingContext = {
  cache: YamlCache;
  judged: boolean;
  files: ReadonlyMap<string, SourceFile>;
};

function readContract(
  { chunk, value, kind }: ContractDocument,
  { cache, judged, files }: ReadingContext,
  problems: DiffProblem[],
): SideContract | undefined {
  const ref = kind === 'api' ? refOf(value) : undefined;
  let home: ContractHome = { chunk };
  // Said in the file the contract is read from: the entity's, or the one its $text names.
  const say = (
    at: Position,
    message: string,
    severity: DiffProblem['severity'] = 'error',
  ) =>
    problems.push({
      file: home.chunk.file.name,
      ...at,
      severity,
      message: ref ? `${ref}: ${message}` : message,
    });

  let raw: unknown = value;
  if (kind === 'api') {
    const definition = readApiDefinition(chunk, value, cache, files);
    if ('problem' in definition) {
      home = definition.home;
      say(definition.at, definition.problem);
      return undefined;
    }
    ({ home, raw } = definition);
  }

  const { read, schemaProblems } = readOnce(raw);
  if (!read.ok) {
    const path = read.at ? [read.at] : [];
    say(locateInContract(cache, home, path), read.message);
    return undefined;
  }
  if (judged && schemaProblems === undefined) {
    say(
      locateInContract(cache, home, ['apiVersion']),
      `ODCS ${read.contract.apiVersion} is read without a schema check: Meshwork holds the JSON Schema of ODCS v3.1.0 only`,
      'warning',
    );
  }
  for (const problem of schemaProblems ?? []) {
    const at = locateInContract(cache, home, problem.path, problem.target);
    if (judged) {
      say(at, problem.message);
    } else {
      say(at, `${problem.message} (compared as read)`, 'warning');
    }
  }
  // Without a schema check, what the lenient reader skipped is all there is to tell.
  if (judged && schemaProblems === undefined) {
    for (const warning of read.warnings) {
      const [field] = warning.split(': ', 1);
      say(
        locateInContract(cache, home, parseFieldPath(field)),
        `${warning}; the diff reads the contract without it`,
        'warning',
      );
    }
  }
  return {
    ...(ref ? { ref } : {}),
    contract: read.contract,
    source: ref ?? chunk.file.name,
    home,
  };
}
