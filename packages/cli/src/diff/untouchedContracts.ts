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

import type { OdcsContract } from '@meshwork/plugin-data-products-common';
import { splitDocuments } from './yamlDocuments';
import type { Chunk, SourceFile } from './types';

/** Thrown when the diff looks into a contract it chose not to read. */
export class UnreadContractTouched extends Error {
  constructor() {
    super('a contract held unread was looked into');
  }
}

/**
 * Contract documents whose text is the same in OLD and NEW: a pull request
 * leaves most of them alone, and parsing and checking them is nearly all of
 * a large diff's time. Each is held unread, as one object for both sides
 * (keyed by its text), which the engine compares with itself and finds
 * nothing, as it would with the contract read. Anything that looks inside
 * one (a port without a version of its own, a port that moved to another
 * contract, a lookup by contractId) throws UnreadContractTouched, and the
 * diff starts again reading every contract: a shortcut never changes what is
 * found. What it gives up: a contract the change does not touch is not
 * checked against the ODCS schema (the diff of the change that last touched
 * it did), so one broken before the diff ran in CI no longer stops it.
 */
export class UntouchedContracts {
  readonly #texts: ReadonlySet<string>;
  readonly #unread = new Map<string, OdcsContract>();

  constructor(old: SourceFile[], now: SourceFile[]) {
    const before = new Set(old.flatMap(splitDocuments).map(c => c.text));
    this.#texts = new Set(
      now
        .flatMap(splitDocuments)
        .map(c => c.text)
        .filter(text => before.has(text)),
    );
  }

  /** None held unread: every contract is read and checked. */
  static none(): UntouchedContracts {
    return new UntouchedContracts([], []);
  }

  /** Whether the document's text is the same in OLD and NEW. */
  has(chunk: Chunk): boolean {
    return this.#texts.has(chunk.text);
  }

  /** The document's contract, unread: the same object on both sides. */
  unread(chunk: Chunk): OdcsContract {
    let contract = this.#unread.get(chunk.text);
    if (!contract) {
      const touched = () => {
        throw new UnreadContractTouched();
      };
      contract = new Proxy({} as OdcsContract, {
        get: touched,
        has: touched,
        ownKeys: touched,
        getOwnPropertyDescriptor: touched,
        getPrototypeOf: touched,
      });
      this.#unread.set(chunk.text, contract);
    }
    return contract;
  }
}
