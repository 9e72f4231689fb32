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

import { mockServices } from '@backstage/backend-test-utils';
import type { ScorecardRecord } from '../database/DatabaseScorecardStore';
import { saveEachProduct } from './saveEachProduct';

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
      throw new Error('value too long for type character varying(255)');
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
});
