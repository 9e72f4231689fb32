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

import type { DataProductProblem } from '../entity';
import type { OdpsImportOptions } from './odpsToDataProduct';

const references = {
  owner: { flag: '--owner', odps: 'team.name', example: 'group:sales-data' },
  domain: { flag: '--domain', odps: 'domain', example: 'domain:sales' },
};

/** Says where an owner or domain came from, and which option sets it. */
export function explained(
  problem: DataProductProblem,
  given: OdpsImportOptions,
  found: { owner?: string; domain?: string },
): DataProductProblem {
  const field = problem.field.replace(/^spec\./, '') as 'owner' | 'domain';
  if (!Object.prototype.hasOwnProperty.call(references, field)) return problem;
  const reference = references[field];
  const pass = `pass ${reference.flag} REF, such as ${reference.flag} ${reference.example}`;
  let message: string;
  if (given[field] !== undefined) {
    message = `${problem.message} (given with ${reference.flag})`;
  } else if (found[field] === undefined) {
    message = `${problem.field}: the ODPS document has no ${reference.odps} to take it from; ${pass}`;
  } else {
    message = `${problem.message}; it comes from ODPS ${reference.odps}: ${pass}`;
  }
  return { ...problem, message };
}
