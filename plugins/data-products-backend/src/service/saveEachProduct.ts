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

import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  LevelChange,
  ScorecardRecord,
  ScorecardStore,
} from '../database/ScorecardStore';

export interface SavedScorecards {
  changed: number;
  levelChanges: LevelChange[];
  /** Products whose result could not be stored; their previous one stays. */
  failed: string[];
}

/**
 * Whether the database refused a row's values (too long, a constraint, a
 * wrong type) rather than failing as a whole (down, timed out, locked):
 * PostgreSQL's classes 22 and 23, SQLite's and MySQL's equivalents.
 */
export function isRowRefusal(error: unknown): boolean {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  return (
    /^2[23][0-9A-Z]{3}$/.test(code) ||
    /^SQLITE_(CONSTRAINT|TOOBIG|MISMATCH)/.test(code) ||
    /^ER_(DATA_TOO_LONG|TRUNCATED_WRONG_VALUE|BAD_NULL_ERROR|DUP_ENTRY|WARN_DATA_OUT_OF_RANGE)/.test(
      code,
    )
  );
}

/**
 * Stores a batch of results in one transaction and, when the database
 * refuses a row of it, each product on its own: one product the database
 * cannot store must not keep the rest of the batch, or the runs after it,
 * from being stored. The refused ones are logged with the database's
 * reason. Any other failure (the database is unreachable) is thrown, so the
 * caller tries again later rather than writing off every product.
 */
export async function saveEachProduct(
  store: Pick<ScorecardStore, 'saveScorecards'>,
  records: ScorecardRecord[],
  evaluatedAt: Date,
  logger: LoggerService,
): Promise<SavedScorecards> {
  try {
    return {
      ...(await store.saveScorecards(records, evaluatedAt)),
      failed: [],
    };
  } catch (batchError) {
    if (!isRowRefusal(batchError)) throw batchError;
    if (records.length === 1) {
      return refused(records[0], batchError, logger);
    }
  }
  const saved: SavedScorecards = { changed: 0, levelChanges: [], failed: [] };
  for (const record of records) {
    try {
      const one = await store.saveScorecards([record], evaluatedAt);
      saved.changed += one.changed;
      saved.levelChanges.push(...one.levelChanges);
    } catch (error) {
      if (!isRowRefusal(error)) throw error;
      saved.failed.push(...refused(record, error, logger).failed);
    }
  }
  return saved;
}

function refused(
  record: ScorecardRecord,
  error: unknown,
  logger: LoggerService,
): SavedScorecards {
  const ref = record.scorecard.entityRef;
  logger.error(
    `Could not store the scorecard of ${ref}; its previous result stays: ${error}`,
  );
  return { changed: 0, levelChanges: [], failed: [ref] };
}
