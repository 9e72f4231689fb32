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
import { Alert, Button, Flex, Skeleton, Text } from '@backstage/ui';
import { usePermission } from '@backstage/plugin-permission-react';
import { dataProductWaiverDecidePermission } from '@meshwork/plugin-data-products-common';
import { useRules } from '@meshwork/plugin-data-products-react';
import { useWaiverPages } from '../../hooks';
import { shortRef } from '../DataProductTable';
import { LoadError } from '../shared';
import { GovernanceSection } from './GovernanceSection';
import { NewestFirstTable } from './NewestFirstTable';
import { waiverColumns, type WaiverRow } from './waiverColumns';
import {
  WaiverDecisionDialog,
  type WaiverDecision,
} from './WaiverDecisionDialog';

const REQUESTED = { status: 'requested' } as const;

/** Waivers waiting for the governance group, with Approve and Reject for those allowed. */
export function WaiverQueueSection() {
  const queue = useWaiverPages(REQUESTED);
  const { waivers, error, retry } = queue;
  const { rules } = useRules();
  const permission = usePermission({
    permission: dataProductWaiverDecidePermission,
  });
  const [pending, setPending] = useState<{
    waiver: WaiverRow;
    decision: WaiverDecision;
  }>();
  const [notice, setNotice] = useState<string>();

  const canDecide = !permission.loading && permission.allowed;
  const columns = useMemo(
    () =>
      waiverColumns(
        canDecide
          ? (waiver, decision) => {
              setNotice(undefined);
              setPending({ waiver, decision });
            }
          : undefined,
      ),
    [canDecide],
  );
  const rows = useMemo(() => {
    const titles = new Map(rules?.map(rule => [rule.id, rule.title]));
    return waivers?.map(waiver => ({
      ...waiver,
      ruleTitle: titles.get(waiver.ruleId),
    }));
  }, [waivers, rules]);

  let content;
  if (error) {
    content = (
      <LoadError error={error} what="the waiver queue" onRetry={retry} />
    );
  } else if (!rows) {
    // a reload after a decision keeps the old rows until the new ones come
    content = <Skeleton width="100%" height={120} />;
  } else if (rows.length === 0) {
    content = <Text as="p">No waiver is waiting for a decision.</Text>;
  } else {
    content = (
      <NewestFirstTable
        columns={columns}
        rows={rows}
        pages={queue}
        older="older requests"
      />
    );
  }

  return (
    <GovernanceSection
      title="Waiver queue"
      description="Requests to exempt one product from one rule until a date."
    >
      <Flex direction="column" gap="3">
        {!permission.loading && !permission.allowed && (
          <Alert
            status="info"
            title="Only the governance group decides waivers."
          />
        )}
        {notice && (
          <Alert
            role="status"
            status="success"
            title={notice}
            customActions={
              <Button
                size="small"
                variant="tertiary"
                onPress={() => setNotice(undefined)}
              >
                Dismiss
              </Button>
            }
          />
        )}
        {content}
      </Flex>
      {pending && (
        <WaiverDecisionDialog
          waiver={pending.waiver}
          decision={pending.decision}
          ruleTitle={pending.waiver.ruleTitle}
          onClose={() => setPending(undefined)}
          onRefused={retry}
          onDecided={decided => {
            const verb =
              pending.decision === 'approve' ? 'Approved' : 'Rejected';
            setPending(undefined);
            setNotice(
              `${verb} the ${decided.ruleId} waiver of ${shortRef(
                decided.entityRef,
              )}.`,
            );
            retry();
          }}
        />
      )}
    </GovernanceSection>
  );
}
