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
  listItem,
  listResponse,
} from '../../__testUtils__/mockDataProductsApi';
import { summariseAttention } from './NeedsAttention';

describe('summariseAttention', () => {
  it('counts from the page and says when the page does not hold every product', () => {
    const summary = summariseAttention(
      listResponse(
        [
          listItem({ level: 'none', failingRuleIds: ['has-owner'] }),
          listItem({ level: 'gold', failingRuleIds: [] }),
        ],
        { limit: 2, totalCount: 700 },
      ),
    );
    expect(summary.total).toBe(700);
    expect(summary.belowSilver).toBe(1);
    expect(summary.failing).toHaveLength(1);
    expect(summary.complete).toBe(false);
  });
});
