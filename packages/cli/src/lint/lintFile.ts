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
  escapeControlCharacters,
  isDataProductDocument,
  MAX_NESTING_DEPTH,
  validateDataProductDocument,
} from '@meshwork/plugin-data-products-common';
import {
  Document,
  isMap,
  isScalar,
  LineCounter,
  parseAllDocuments,
} from 'yaml';
import { locate } from './locate';
import { wholeFileRefusal } from './wholeFile';
import { LintedDataProduct, LintedFile, LintProblem } from './types';

type Position = { line: number; column: number };

/** One problem per line with YAML syntax errors, at the first error's position. */
export function syntaxProblems(
  file: string,
  doc: Document.Parsed,
  positionOf: (offset: number) => Position,
): LintProblem[] {
  const problems: LintProblem[] = [];
  const reportedLines = new Set<number>();
  for (const error of doc.errors) {
    const position = positionOf(error.pos[0]);
    // One broken construct often yields several errors on its line; the first says it best.
    if (reportedLines.has(position.line)) continue;
    reportedLines.add(position.line);
    const [firstLine] = error.message.split('\n');
    // The parser's own stack runs out on values nested about a thousand deep.
    const message = firstLine.startsWith('Maximum call stack size exceeded')
      ? `YAML: a value is nested deeper than ${MAX_NESTING_DEPTH} levels; expected a flatter value`
      : `YAML syntax: ${firstLine}`;
    problems.push({
      file,
      ...position,
      severity: 'error',
      message: escapeControlCharacters(message),
    });
  }
  return problems;
}

/**
 * Whether a document is the linter's: `kind: DataProduct`, a near miss of
 * it or anything under `meshwork.dev/`. Judged on its top-level scalars
 * alone, before the whole document is built: an alias bomb of another kind
 * is none of the linter's business.
 */
function isDataProduct(doc: Document.Parsed): boolean {
  if (!isMap(doc.contents)) return false;
  const head: Record<string, unknown> = {};
  for (const { key, value } of doc.contents.items) {
    if (!isScalar(key)) continue;
    head[String(key.value)] = isScalar(value) ? value.value : {};
  }
  return isDataProductDocument(head);
}

function nameOf(entity: unknown): string | undefined {
  const name = (entity as { metadata?: { name?: unknown } }).metadata?.name;
  return typeof name === 'string' ? name : undefined;
}

/** A DataProduct document's problems, each at its place in the file, as the linter reports them. */
export async function checkDataProduct(
  file: string,
  doc: Document.Parsed,
  positionOf: (offset: number) => Position,
): Promise<{ dataProduct: LintedDataProduct; problems: LintProblem[] }> {
  const entity = doc.toJS();
  const problems = (await validateDataProductDocument(entity)).map(
    (problem): LintProblem => {
      return {
        file,
        ...positionOf(locate(doc, problem.path, problem.target)),
        severity: 'error',
        message: problem.message,
        field: problem.field,
      };
    },
  );
  const start = positionOf(doc.contents?.range?.[0] ?? doc.range[0]);
  return {
    dataProduct: {
      name: nameOf(entity),
      line: start.line,
      entity,
      problemCount: problems.length,
    },
    problems,
  };
}

function byPosition(a: LintProblem, b: LintProblem): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Lints the text of one catalog file: every `kind: DataProduct` document in
 * it is judged as the catalog judges it (envelope, kind and schema), and so
 * is a near miss of the kind (`kind: dataproduct`, a `Kind:` key, anything
 * under `meshwork.dev/`); other kinds, empty documents and non-map
 * documents are skipped. A YAML syntax error is a problem of its document
 * only.
 * @public
 */
export async function lintFile(
  file: string,
  content: string,
): Promise<LintedFile> {
  const lineCounter = new LineCounter();
  // prettyErrors off: the message stays one line and positions come from lineCounter.
  const docs = parseAllDocuments(content, { lineCounter, prettyErrors: false });
  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const dataProducts: LintedDataProduct[] = [];
  const problems: LintProblem[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      problems.push(...syntaxProblems(file, doc, positionOf));
    } else if (isDataProduct(doc)) {
      try {
        const checked = await checkDataProduct(file, doc, positionOf);
        dataProducts.push(checked.dataProduct);
        problems.push(...checked.problems);
      } catch (error) {
        // toJS refuses alias bombs ("Excessive alias count"); that is the file's fault, not ours.
        const { message } = error as Error;
        const start = positionOf(doc.range[0]);
        problems.push({
          file,
          ...start,
          severity: 'error',
          message: escapeControlCharacters(`YAML: ${message}`),
        });
      }
    }
  }
  const refusedAt = wholeFileProblems();
  return {
    file,
    dataProducts,
    problems: problems.sort(byPosition),
    ...(refusedAt ? { refusedWholeAt: refusedAt } : {}),
  };

  /**
   * Where a file has a document that makes the catalog load none of it:
   * broken YAML in any file; in a file with data products, also a document
   * of another kind that the catalog can't read as an entity, which is
   * reported too. Each product that is valid but would not load because of
   * it is told so. The first such line.
   */
  function wholeFileProblems(): number | undefined {
    let first: number | undefined;
    for (const doc of docs) {
      const hasProducts = dataProducts.length > 0;
      const refusal =
        doc.errors.length > 0 || hasProducts
          ? wholeFileRefusal(doc)
          : undefined;
      if (!refusal) continue;
      const start = positionOf(doc.contents?.range?.[0] ?? doc.range[0]);
      first ??= start.line;
      if (doc.errors.length > 0 || isDataProduct(doc)) continue;
      const { problem } = refusal;
      problems.push({
        file,
        ...(problem
          ? positionOf(locate(doc, problem.path, problem.target))
          : start),
        severity: 'error',
        message: problem
          ? `${problem.message}; the catalog loads no document of this file while one is so`
          : '(document): expected a catalog entity, a map of fields; the catalog loads no document of this file while one is not',
        field: problem?.field ?? '(document)',
      });
    }
    if (first === undefined) return undefined;
    for (const product of dataProducts) {
      if (product.problemCount > 0) continue;
      product.problemCount = 1;
      problems.push({
        file,
        line: product.line,
        column: 1,
        severity: 'error',
        message: `(document): valid, but the catalog loads no document of this file while the one at line ${first} is refused`,
        field: '(document)',
      });
    }
    return first;
  }
}
