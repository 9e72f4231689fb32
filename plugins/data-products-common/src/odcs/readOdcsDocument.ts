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

import { FieldReader, isRawObject } from './FieldReader';
import { readOdcsContract } from './readOdcsContract';
import type { OdcsParseResult } from './types';

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  return JSON.stringify(value);
}

/**
 * Why a parsed document is no contract, and the top-level field it is
 * about (`''` for the document itself) when one is.
 * @public
 */
export interface OdcsReadFailure {
  ok: false;
  message: string;
  at?: '' | 'kind' | 'apiVersion';
}

/**
 * Reads a document already parsed from YAML or JSON (by a caller that
 * parses many at once, such as `meshwork diff`) as an ODCS v3 contract:
 * what {@link parseOdcsContract} does after parsing. Never throws.
 * @public
 */
export function readOdcsDocument(
  raw: unknown,
): Extract<OdcsParseResult, { ok: true }> | OdcsReadFailure {
  if (!isRawObject(raw)) {
    return {
      ok: false,
      message: `An ODCS contract is an object with apiVersion, kind: DataContract, id, version, status…; this definition is ${
        Array.isArray(raw) ? 'a list' : `the value ${JSON.stringify(raw)}`
      }.`,
      at: '',
    };
  }
  if (raw.kind !== 'DataContract') {
    return {
      ok: false,
      message: `This is not an ODCS data contract: kind: expected DataContract, got ${describeValue(
        raw.kind,
      )}.`,
      at: 'kind',
    };
  }
  if (typeof raw.apiVersion !== 'string' || !/^v3\./.test(raw.apiVersion)) {
    return {
      ok: false,
      message: `This contract is not ODCS v3: apiVersion: expected v3.0.x or v3.1.0, got ${describeValue(
        raw.apiVersion,
      )}.`,
      at: 'apiVersion',
    };
  }
  const reader = new FieldReader();
  try {
    const contract = readOdcsContract(raw, reader);
    return { ok: true, contract, warnings: reader.warnings };
  } catch (e) {
    // a self-referencing alias can make a structure no reader can walk
    return {
      ok: false,
      message: `The contract could not be read: ${(e as Error).message}`,
    };
  }
}
