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

import { Skeleton } from '@backstage/ui';
import type { ScorecardHistoryPoint } from '@meshwork/plugin-data-products-common';
import { LoadError } from '../shared';
import { ScoreHistoryChart } from './ScoreHistoryChart';

/**
 * The History card's content. Until the points come it says it is loading:
 * an empty chart would read as "no history yet", which may be untrue.
 */
export function ScoreHistory(props: {
  history?: ScorecardHistoryPoint[];
  /** Set once a load has failed and settled (`useScorecardHistory`). */
  error?: Error;
  onRetry: () => void;
}) {
  const { history, error, onRetry } = props;
  if (error) {
    return <LoadError error={error} what="the history" onRetry={onRetry} />;
  }
  if (!history) {
    return (
      <Skeleton
        role="progressbar"
        aria-label="Loading history"
        width="100%"
        height={160}
      />
    );
  }
  return <ScoreHistoryChart points={history} />;
}
