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

import { Alert, Button, Flex, Text } from '@backstage/ui';
import type { StoredScorecard } from '@meshwork/plugin-data-products-common';
import { LevelBadge } from '@meshwork/plugin-data-products-react';
import { describeError } from '../shared';
import { formatDateTime } from './dates';

/** "Evaluate now", shown beside the summary and in the not-yet-evaluated state. */
export function EvaluateButton(props: {
  evaluating: boolean;
  onEvaluate: () => void;
}) {
  return (
    <Button
      size="small"
      variant="secondary"
      isPending={props.evaluating}
      onPress={props.onEvaluate}
    >
      Evaluate now
    </Button>
  );
}

/**
 * Level, score and when they were computed; what an evaluation in progress
 * or a failed one is doing, announced to screen readers too.
 */
export function ScorecardSummary(props: {
  scorecard?: StoredScorecard;
  evaluating: boolean;
  evaluateError?: Error;
}) {
  const { scorecard, evaluating, evaluateError } = props;
  return (
    <Flex direction="column" gap="3">
      {scorecard ? (
        <Flex align="center" gap="4">
          <LevelBadge level={scorecard.level} />
          <Text variant="title-small" weight="bold">
            Score {scorecard.score} of 100
          </Text>
          <Text color="secondary">
            Evaluated{' '}
            <time dateTime={scorecard.evaluatedAt}>
              {formatDateTime(scorecard.evaluatedAt)}
            </time>
          </Text>
        </Flex>
      ) : (
        <Text as="p">
          This data product has not been evaluated yet. The first evaluation
          runs shortly after it is registered; evaluate it now to see its level,
          score and what to fix.
        </Text>
      )}
      <div role="status">
        {evaluating && (
          <Text color="secondary">Evaluating against every rule…</Text>
        )}
      </div>
      {evaluateError && (
        <Alert
          status="danger"
          title="The evaluation failed"
          description={describeError(evaluateError)}
        />
      )}
    </Flex>
  );
}
