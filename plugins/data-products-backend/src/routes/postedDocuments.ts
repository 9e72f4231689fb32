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
import { InputError } from '@backstage/errors';
import {
  catalogEnvelopeProblems,
  escapeControlCharacters,
  formatFieldPath,
  isDataProductDocument,
  MAX_NESTING_DEPTH,
  nestingProblem,
  validateDataProductDocument,
} from '@meshwork/plugin-data-products-common';
import type { DataProductProblem } from '@meshwork/plugin-data-products-common';
import { parseAllDocuments } from 'yaml';

/**
 * The most documents one dry run takes. A catalog-info.yaml holds a few; one
 * post of 5,936 products took 3–5 s of the backend's CPU, so a bigger post
 * is refused before anything is built or validated.
 */
export const MAX_DRY_RUN_DOCUMENTS = 100;

/** A validation problem of a posted document: the validator's own, and which document. */
export interface DocumentProblem extends DataProductProblem {
  /** Index of the YAML document (or array item) in the request, from 0. */
  document: number;
}

function tooMany(count: number): InputError {
  return new InputError(
    `body: found ${count} documents; expected at most ${MAX_DRY_RUN_DOCUMENTS} in one dry run (post a repository's catalog-info.yaml files one at a time)`,
  );
}

/** The YAML parser's first error, with its line: its stack ends far below our depth limit's reach. */
function yamlError(error: {
  message: string;
  linePos?: Array<{ line: number; col: number }>;
}) {
  const at = error.linePos?.[0];
  const where = at ? ` at line ${at.line}, column ${at.col}` : '';
  const [first] = error.message.split('\n');
  const what = first.startsWith('Maximum call stack size exceeded')
    ? `a value is nested deeper than ${MAX_NESTING_DEPTH} levels`
    : first.replace(/ at line \d+, column \d+:?$/, '');
  return new InputError(
    escapeControlCharacters(`The YAML does not parse${where}: ${what}`),
  );
}

/** The posted documents: YAML text (a catalog-info.yaml) or entity JSON. */
export function documentsOf(body: unknown): unknown[] {
  if (typeof body !== 'string') {
    const documents = Array.isArray(body) ? body : [body];
    if (documents.length > MAX_DRY_RUN_DOCUMENTS) {
      throw tooMany(documents.length);
    }
    return documents;
  }
  const documents = parseAllDocuments(body);
  if (!Array.isArray(documents)) return []; // an empty stream
  if (documents.length > MAX_DRY_RUN_DOCUMENTS) {
    throw tooMany(documents.length);
  }
  for (const document of documents) {
    const [error] = document.errors;
    if (error) throw yamlError(error);
  }
  try {
    return documents.map(document => document.toJS());
  } catch (error) {
    // e.g. an alias bomb: the yaml package refuses to expand it
    throw new InputError(
      escapeControlCharacters(
        `The YAML does not parse: ${
          String((error as Error).message).split('\n')[0]
        }`,
      ),
    );
  }
}

function problemAt(
  document: number,
  path: string[],
  text: string,
): DocumentProblem {
  const field = formatFieldPath(path);
  return {
    document,
    path,
    field,
    message: `${field}: ${text}`,
    target: 'value',
  };
}

/**
 * What the dry run needs of the other documents (contracts, groups, domains)
 * to stand in for the catalog's: a kind and a name.
 */
function lookupProblems(
  document: Record<string, unknown>,
  index: number,
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  if (typeof document.kind !== 'string' || document.kind === '') {
    problems.push(
      problemAt(
        index,
        ['kind'],
        "missing; expected the entity's kind, such as API",
      ),
    );
  }
  const metadata = document.metadata as Record<string, unknown> | undefined;
  if (typeof metadata?.name !== 'string' || metadata.name === '') {
    problems.push(
      problemAt(
        index,
        ['metadata', 'name'],
        "missing; expected the entity's name",
      ),
    );
  }
  const namespace = metadata?.namespace;
  if (namespace !== undefined && typeof namespace !== 'string') {
    problems.push(
      problemAt(
        index,
        ['metadata', 'namespace'],
        'expected a namespace name such as default',
      ),
    );
  }
  return problems;
}

/**
 * Every problem of one posted document, as the catalog would judge it. A
 * data product (or a near miss of the kind) gets the linter's whole
 * judgement; another kind, first what the dry run needs of it, then the
 * catalog's envelope checks, so that no shape of any field reaches a rule.
 */
async function problemsOf(
  document: unknown,
  index: number,
): Promise<DocumentProblem[]> {
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    return [
      {
        document: index,
        path: [],
        field: '(document)',
        message: '(document): expected a catalog entity, a map of fields',
        target: 'value',
      },
    ];
  }
  if (isDataProductDocument(document)) {
    return (await validateDataProductDocument(document)).map(problem => ({
      document: index,
      ...problem,
    }));
  }
  const tooDeep = nestingProblem(document);
  if (tooDeep) return [{ document: index, ...tooDeep }];
  const basic = lookupProblems(document as Record<string, unknown>, index);
  if (basic.length > 0) return basic;
  return (await catalogEnvelopeProblems(document)).map(problem => ({
    document: index,
    ...problem,
  }));
}

/**
 * The posted documents' entities and every problem of every document (with
 * its index), in document order. Empty documents are skipped.
 */
export async function judgeDocuments(
  documents: unknown[],
): Promise<{ entities: Entity[]; problems: DocumentProblem[] }> {
  const entities: Entity[] = [];
  const problems: DocumentProblem[] = [];
  for (const [index, document] of documents.entries()) {
    if (document === null || document === undefined) continue;
    problems.push(...(await problemsOf(document, index)));
    if (typeof document === 'object' && !Array.isArray(document)) {
      entities.push(document as Entity);
    }
  }
  return { entities, problems };
}
