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

import { isDataProductDocument } from '@meshwork/plugin-data-products-common';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { syntaxProblems } from '../lint/lintFile';
import { missingContracts } from './missingContracts';
import { readContracts, type ContractDocument } from './readContracts';
import { readProducts, type ProductDocument } from './readProducts';
import type { UntouchedContracts } from './untouchedContracts';
import {
  splitDocuments,
  type FastParse,
  type YamlCache,
} from './yamlDocuments';
import type { Chunk, DiffProblem, Side, SourceFile } from './types';

/**
 * Documents that can matter, by a look at their text before parsing: a
 * repository's other YAML (CI workflows, Helm templates that are not YAML
 * until rendered) is none of the diff's business, broken or not.
 */
const MAY_MATTER = /dataproduct|datacontract|odcs/i;

/** A software template's skeleton (`${{ values.name }}`): filled in by the scaffolder, never registered as it is. */
const TEMPLATE_PLACEHOLDER = /\$\{\{/;

/**
 * An ODPS document (`kind: DataProduct`, `apiVersion: v1.1.0`): what a team
 * may keep beside its catalog files (meshwork odps export), but not a
 * catalog entity.
 */
function isOdpsDocument(value: Record<string, unknown>): boolean {
  return (
    value.kind === 'DataProduct' &&
    typeof value.apiVersion === 'string' &&
    /^v\d+\.\d+\.\d+$/.test(value.apiVersion)
  );
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The linter's messages for broken YAML; js-yaml's when yaml finds nothing wrong. */
function syntaxOf(
  chunk: Chunk,
  parsed: Extract<FastParse, { ok: false }>,
  cache: YamlCache,
): DiffProblem[] {
  const { doc } = cache.tree(chunk.text);
  const problems = syntaxProblems(chunk.file.name, doc, offset =>
    cache.positionIn(chunk, offset),
  );
  if (problems.length > 0) return problems;
  const at = parsed.position;
  return [
    {
      file: chunk.file.name,
      ...(at ? { line: chunk.lineOffset + at.line, column: at.column } : {}),
      severity: 'error',
      message: `YAML: ${parsed.message}`,
    },
  ];
}

/** An API entity's ref, when it has the name and spec to be one. */
function apiRef(value: Record<string, unknown>): string | undefined {
  const metadata = value.metadata;
  if (!isMap(metadata) || typeof metadata.name !== 'string') return undefined;
  if (!isMap(value.spec)) return undefined;
  return stringifyEntityRef(value as unknown as Entity);
}

/**
 * What one side's files hold: its valid data products and the ODCS contracts
 * (inline in API entities of `spec.type: odcs`, or ODCS documents), and what
 * is wrong with them. `judged` is NEW's side (see readContracts); the
 * contracts `untouched` holds are not read (see UntouchedContracts).
 */
export async function readSide(
  files: SourceFile[],
  cache: YamlCache,
  judged: boolean,
  untouched: UntouchedContracts,
): Promise<{ side: Side; problems: DiffProblem[] }> {
  const problems: DiffProblem[] = [];
  const productDocuments: ProductDocument[] = [];
  const contractDocuments: ContractDocument[] = [];
  const otherApis = new Map<string, string>();
  for (const chunk of files.flatMap(splitDocuments)) {
    if (!MAY_MATTER.test(chunk.text) || TEMPLATE_PLACEHOLDER.test(chunk.text))
      continue;
    const parsed = cache.parse(chunk.text);
    if (!parsed.ok) {
      problems.push(...syntaxOf(chunk, parsed, cache));
      continue;
    }
    const value = parsed.value;
    if (!isMap(value) || isOdpsDocument(value)) continue;
    if (isDataProductDocument(value)) {
      productDocuments.push({ chunk, value });
    } else if (value.kind === 'DataContract') {
      contractDocuments.push({ chunk, value, kind: 'odcs' });
    } else if (value.kind === 'API') {
      const ref = apiRef(value);
      const type = (value.spec as { type?: unknown } | undefined)?.type;
      if (ref && type === 'odcs') {
        contractDocuments.push({ chunk, value, kind: 'api' });
      } else if (ref) {
        otherApis.set(ref, String(type));
      }
    }
  }
  const products = await readProducts(productDocuments, cache, problems);
  const read = readContracts(
    contractDocuments,
    cache,
    judged,
    new Map(files.map(file => [file.name, file])),
    untouched,
  );
  problems.push(
    ...read.problems,
    ...missingContracts(
      products,
      read.contracts,
      otherApis,
      read.unreadable,
      cache,
    ),
  );
  return { side: { products, contracts: read.contracts }, problems };
}
