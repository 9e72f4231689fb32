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

import { useMemo, useState } from 'react';
import { Alert, Flex, Grid, Skeleton } from '@backstage/ui';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  dataProductEvaluatePermission,
  dataProductWaiverRequestPermission,
  isDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import {
  useRules,
  useScorecard,
  useScorecardHistory,
  useWaivers,
} from '@meshwork/plugin-data-products-react';
import { LoadError } from '../shared';
import { EvaluateButton, ScorecardSummary } from './ScorecardSummary';
import { RuleList } from './RuleList';
import { WaiverList } from './WaiverList';
import { RequestWaiverDialog } from './RequestWaiverDialog';
import { ScoreHistory } from './ScoreHistory';
import { FactSources } from './FactSources';
import { groupRuleRows, type RuleRow } from './ruleRows';

function ScorecardTab(props: { entityRef: string }) {
  const { entityRef } = props;
  const card = useScorecard(entityRef);
  const history = useScorecardHistory(entityRef);
  const rules = useRules();
  const waivers = useWaivers({ entityRef });
  const { allowed: canRequestWaiver } = usePermission({
    permission: dataProductWaiverRequestPermission,
    resourceRef: entityRef,
  });
  const { allowed: canEvaluate } = usePermission({
    permission: dataProductEvaluatePermission,
    resourceRef: entityRef,
  });
  const [waiverRule, setWaiverRule] = useState<RuleRow>();
  const [requestedFor, setRequestedFor] = useState<string>();

  const { scorecard } = card;
  const groups = useMemo(
    () => groupRuleRows(scorecard?.results ?? [], rules.rules, waivers.waivers),
    [scorecard, rules.rules, waivers.waivers],
  );
  const ruleTitle = (ruleId: string) =>
    rules.rules?.find(r => r.id === ruleId)?.title ??
    scorecard?.results.find(r => r.ruleId === ruleId)?.title ??
    ruleId;

  const onEvaluate = async () => {
    await card.evaluate();
    // an evaluation that changed something added a history point
    history.retry();
  };
  // Hidden, not disabled, from those the policy refuses (the backend
  // refuses them too), as the waiver request is.
  const evaluateButton = canEvaluate ? (
    <EvaluateButton evaluating={card.evaluating} onEvaluate={onEvaluate} />
  ) : undefined;

  if (card.error) {
    return (
      <LoadError error={card.error} what="the scorecard" onRetry={card.retry} />
    );
  }
  if (!scorecard && card.loading) {
    return <Skeleton width="100%" height={160} />;
  }
  const summary = (
    <EntityInfoCard title="Scorecard" headerActions={evaluateButton}>
      <ScorecardSummary
        scorecard={scorecard}
        evaluating={card.evaluating}
        evaluateError={card.evaluateError}
      />
    </EntityInfoCard>
  );
  if (!scorecard) return summary;

  return (
    <Flex direction="column" gap="4">
      <Grid.Root columns={{ initial: '1', md: '2' }} gap="4">
        {summary}
        <EntityInfoCard title="History">
          <ScoreHistory
            history={history.history}
            error={history.error}
            onRetry={history.retry}
          />
        </EntityInfoCard>
      </Grid.Root>
      <EntityInfoCard title="Rules">
        <Flex direction="column" gap="3">
          {rules.error && (
            <LoadError
              error={rules.error}
              what="what each rule asks"
              onRetry={rules.retry}
            />
          )}
          {requestedFor && (
            <Alert
              status="success"
              icon
              title={`Waiver requested for ${requestedFor}. The governance group will decide.`}
            />
          )}
          <RuleList
            groups={groups}
            canRequestWaiver={canRequestWaiver}
            onRequestWaiver={setWaiverRule}
          />
        </Flex>
      </EntityInfoCard>
      <EntityInfoCard title="Where the figures come from">
        <FactSources entityRef={entityRef} />
      </EntityInfoCard>
      <EntityInfoCard title="Waivers">
        <WaiverList
          waivers={waivers.waivers}
          error={waivers.error}
          onRetry={waivers.retry}
          ruleTitle={ruleTitle}
        />
      </EntityInfoCard>
      {waiverRule && (
        <RequestWaiverDialog
          key={waiverRule.id}
          entityRef={entityRef}
          rule={waiverRule}
          onClose={() => setWaiverRule(undefined)}
          onRequested={() => {
            setRequestedFor(waiverRule.title);
            setWaiverRule(undefined);
            waivers.retry();
          }}
        />
      )}
    </Flex>
  );
}

/**
 * The "Scorecard" tab of a data product: its level and score, every rule
 * with how to pass it, the tool runs its figures came from, its waivers and
 * how it scored over time.
 * @public
 */
export function DataProductScorecardContent() {
  const { entity } = useEntity();
  if (!isDataProductEntity(entity)) return null;
  const entityRef = stringifyEntityRef(entity);
  // The legacy entity page keeps the tab mounted from one product to the
  // next: a new key starts it afresh, so nothing of the last product shows.
  return <ScorecardTab key={entityRef} entityRef={entityRef} />;
}
