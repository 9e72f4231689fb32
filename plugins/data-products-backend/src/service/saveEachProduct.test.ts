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

import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import type { ScorecardRecord } from '../database/ScorecardStore';
import { isRowRefusal, saveEachProduct } from './saveEachProduct';

const record = (name: string): ScorecardRecord => ({
  scorecard: {
    entityRef: `dataproduct:default/${name}`,
    level: 'none',
    score: 0,
    results: [],
  },
});

/** A store that refuses any batch holding `refused`, as a database would. */
function storeRefusing(refused: string) {
  const stored: string[] = [];
  const saveScorecards = jest.fn(async (records: ScorecardRecord[]) => {
    const refs = records.map(r => r.scorecard.entityRef);
    if (refs.includes(refused)) {
      throw Object.assign(
        new Error('value too long for type character varying(255)'),
        { code: '22001' },
      );
    }
    stored.push(...refs);
    return { changed: records.length, levelChanges: [] };
  });
  return { store: { saveScorecards }, stored };
}

describe('saveEachProduct', () => {
  const at = new Date('2026-11-22T10:00:00Z');

  it('stores a batch in one call when the database takes it', async () => {
    const { store, stored } = storeRefusing('dataproduct:default/none');
    const logger = mockServices.logger.mock();
    await expect(
      saveEachProduct(store, [record('a'), record('b')], at, logger),
    ).resolves.toEqual({ changed: 2, levelChanges: [], failed: [] });
    expect(store.saveScorecards).toHaveBeenCalledTimes(1);
    expect(stored).toEqual(['dataproduct:default/a', 'dataproduct:default/b']);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('stores the rest of a batch the database refused for one product, and says which', async () => {
    const { store, stored } = storeRefusing('dataproduct:default/long');
    const logger = mockServices.logger.mock();
    await expect(
      saveEachProduct(
        store,
        [record('a'), record('long'), record('b')],
        at,
        logger,
      ),
    ).resolves.toEqual({
      changed: 2,
      levelChanges: [],
      failed: ['dataproduct:default/long'],
    });
    expect(stored).toEqual(['dataproduct:default/a', 'dataproduct:default/b']);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /dataproduct:default\/long.*previous result stays.*value too long/,
      ),
    );
  });

  it('does not try a refused single product twice', async () => {
    const { store } = storeRefusing('dataproduct:default/long');
    const logger = mockServices.logger.mock();
    await expect(
      saveEachProduct(store, [record('long')], at, logger),
    ).resolves.toMatchObject({ failed: ['dataproduct:default/long'] });
    expect(store.saveScorecards).toHaveBeenCalledTimes(1);
  });

  it('throws what is not one row refused, so the caller tries again later', async () => {
    const saveScorecards = jest.fn(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      });
    });
    const logger = mockServices.logger.mock();
    await expect(
      saveEachProduct(
        { saveScorecards },
        [record('a'), record('b')],
        at,
        logger,
      ),
    ).rejects.toThrow('ECONNREFUSED');
    expect(saveScorecards).toHaveBeenCalledTimes(1);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("knows the databases' refusals of a row from other failures", () => {
    for (const code of [
      '22001',
      '23502',
      '23505',
      'SQLITE_CONSTRAINT_NOTNULL',
      'ER_DATA_TOO_LONG',
    ]) {
      expect([code, isRowRefusal({ code })]).toEqual([code, true]);
    }
    for (const code of [
      'ECONNREFUSED',
      '57P01',
      '40001',
      'SQLITE_BUSY',
      undefined,
    ]) {
      expect([code, isRowRefusal({ code })]).toEqual([code, false]);
    }
  });

  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'tells a real refusal from %s apart, and stores the others',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseScorecardStore.create({
        database: { getClient: async () => knex },
      });
      // a score no integer column takes (a bug upstream, say)
      const broken = record('broken');
      broken.scorecard.score = NaN;
      const logger = mockServices.logger.mock();
      await expect(
        saveEachProduct(store, [record('a'), broken, record('b')], at, logger),
      ).resolves.toMatchObject({ failed: ['dataproduct:default/broken'] });
      await expect(
        knex('scorecard_results').pluck('entity_ref'),
      ).resolves.toEqual(
        expect.arrayContaining([
          'dataproduct:default/a',
          'dataproduct:default/b',
        ]),
      );
    },
  );
});
