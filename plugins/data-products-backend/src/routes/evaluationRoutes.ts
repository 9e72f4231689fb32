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
  formatFieldPath,
  isDataProductEntity,
  validateDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import type { DataProductProblem } from '@meshwork/plugin-data-products-common';
import express, { Router } from 'express';
import { parseAllDocuments } from 'yaml';
import type { RouteOptions } from './RouteOptions';

/** A validation problem of a posted document: the validator's own, and which document. */
interface DocumentProblem extends DataProductProblem {
  /** Index of the YAML document (or array item) in the request, from 0. */
  document: number;
}

const yamlTypes = [
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/plain',
];

/** The posted documents: YAML text (a catalog-info.yaml) or entity JSON. */
function documentsOf(body: unknown): unknown[] {
  if (typeof body === 'string') {
    const documents = parseAllDocuments(body);
    if (!Array.isArray(documents)) return []; // an empty stream
    for (const document of documents) {
      const [error] = document.errors;
      if (error) {
        const at = error.linePos?.[0];
        throw new InputError(
          `The YAML does not parse${
            at ? ` at line ${at.line}, column ${at.col}` : ''
          }: ${error.message.split('\n')[0]}`,
        );
      }
    }
    try {
      return documents.map(document => document.toJS());
    } catch (error) {
      // e.g. an alias bomb: the yaml package refuses to expand it
      throw new InputError(
        `The YAML does not parse: ${
          String((error as Error).message).split('\n')[0]
        }`,
      );
    }
  }
  return Array.isArray(body) ? body : [body];
}

/** A problem at a field of the document, as the catalog's own are worded. */
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
function envelopeProblems(
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
 * The dry run: evaluates a catalog-info.yaml before it is committed, against
 * the live catalog, and stores nothing. An invalid DataProduct gets the
 * catalog's own validation errors instead of a scorecard.
 */
export function addEvaluationRoutes(router: Router, options: RouteOptions) {
  const { httpAuth, evaluator } = options;

  router.post(
    '/evaluate',
    express.text({ type: yamlTypes, limit: '1mb' }),
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const documents = documentsOf(req.body);
      const entities: Entity[] = [];
      const problems: DocumentProblem[] = [];
      documents.forEach((document, index) => {
        if (document === null || document === undefined) return;
        if (typeof document !== 'object' || Array.isArray(document)) {
          problems.push({
            document: index,
            path: [],
            field: '(document)',
            message: '(document): expected a catalog entity, a map of fields',
            target: 'value',
          });
          return;
        }
        const entity = document as Entity;
        if (isDataProductEntity(entity)) {
          for (const problem of validateDataProductEntity(entity)) {
            problems.push({ document: index, ...problem });
          }
        } else {
          problems.push(
            ...envelopeProblems(
              entity as unknown as Record<string, unknown>,
              index,
            ),
          );
        }
        entities.push(entity);
      });
      if (problems.length > 0) {
        const message = `The document does not validate: ${problems
          .map(p => p.message)
          .join('; ')}`;
        res.status(400).json({
          error: { name: 'InputError', message },
          request: { method: req.method, url: req.originalUrl },
          response: { statusCode: 400 },
          problems,
        });
        return;
      }
      if (!entities.some(isDataProductEntity)) {
        throw new InputError(
          'body: expected a catalog-info.yaml (or entity JSON) with at least one document of kind DataProduct',
        );
      }
      res.json({ items: await evaluator.dryRun(entities, credentials) });
    },
  );
}
