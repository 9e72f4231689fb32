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
  validateDataProductDocument,
  type DataProductEntityV1alpha1,
} from '@meshwork/plugin-data-products-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { checkDataProduct } from '../lint/lintFile';
import type { YamlCache } from './yamlDocuments';
import type { Chunk, DiffProblem, SideProduct } from './types';

/** A `kind: DataProduct` document (or a near miss of one) found in a side's files. */
export interface ProductDocument {
  chunk: Chunk;
  value: Record<string, unknown>;
}

/**
 * The side's valid data products. One that the linter finds problems in is
 * bad input, reported with the linter's messages at their places; so is a
 * product defined twice, as the catalog would keep only one of them.
 */
export async function readProducts(
  documents: ProductDocument[],
  cache: YamlCache,
  problems: DiffProblem[],
): Promise<SideProduct[]> {
  const products: SideProduct[] = [];
  const seen = new Map<string, SideProduct>();
  for (const { chunk, value } of documents) {
    const found = await validateDataProductDocument(value);
    if (found.length > 0) {
      const { doc } = cache.tree(chunk.text);
      const checked = await checkDataProduct(chunk.file.name, doc, offset =>
        cache.positionIn(chunk, offset),
      );
      // yaml, the catalog's parser, has the last word on what the document says.
      const located = checked.problems.length
        ? checked.problems
        : found.map(p => ({ file: chunk.file.name, message: p.message }));
      for (const { file, message, ...at } of located) {
        problems.push({ file, ...at, severity: 'error', message });
      }
      continue;
    }
    const entity = value as unknown as DataProductEntityV1alpha1;
    const ref = stringifyEntityRef(entity);
    const twin = seen.get(ref.toLocaleLowerCase('en-US'));
    if (twin) {
      problems.push({
        file: chunk.file.name,
        line: chunk.lineOffset + 1,
        column: 1,
        severity: 'error',
        message: `${ref} is defined twice: here and in ${
          twin.chunk.file.name
        } at line ${
          twin.chunk.lineOffset + 1
        }; the catalog would keep one of them`,
      });
      continue;
    }
    const product = { ref, entity, chunk };
    seen.set(ref.toLocaleLowerCase('en-US'), product);
    products.push(product);
  }
  return products;
}
