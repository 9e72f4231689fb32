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

import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Text,
  TextAreaField,
} from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import type { DataProductWaiver } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { shortRef } from '../DataProductTable';
import { describeError } from '../shared';
import { isoDay } from './format';

export type WaiverDecision = 'approve' | 'reject';

export interface WaiverDecisionDialogProps {
  waiver: DataProductWaiver;
  decision: WaiverDecision;
  ruleTitle?: string;
  onClose: () => void;
  onDecided: (decided: DataProductWaiver) => void;
  /** The backend said no: the queue may be out of date. */
  onRefused: () => void;
}

/**
 * Confirms an approval or rejection, with an optional comment for the
 * audit trail. A refusal keeps the dialog open with the backend's reason.
 */
export function WaiverDecisionDialog(props: WaiverDecisionDialogProps) {
  const { waiver, decision, ruleTitle, onClose, onDecided, onRefused } = props;
  const api = useApi(dataProductsApiRef);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<Error>();
  const verb = decision === 'approve' ? 'Approve' : 'Reject';

  const decide = async () => {
    setSending(true);
    setRefusal(undefined);
    try {
      const decided = await api.decideWaiver(
        waiver.id,
        decision,
        comment.trim() || undefined,
      );
      onDecided(decided);
    } catch (e) {
      setRefusal(e as Error);
      setSending(false);
      onRefused();
    }
  };

  return (
    <Dialog
      isOpen
      onOpenChange={open => {
        if (!open && !sending) onClose();
      }}
    >
      <DialogHeader>{verb} waiver</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          <Text as="p">
            {shortRef(waiver.entityRef)} asks to be exempt from “
            {ruleTitle ?? waiver.ruleId}” until {isoDay(waiver.expiresAt)}.
          </Text>
          <Text as="p" variant="body-small" color="secondary">
            {waiver.justification}
          </Text>
          <TextAreaField
            label="Comment (optional)"
            description="Kept in the waiver's history with your decision."
            value={comment}
            onChange={setComment}
          />
          {refusal && (
            <Alert
              status="danger"
              title={`Could not ${decision} the waiver`}
              description={describeError(refusal)}
            />
          )}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Flex justify="end" gap="2">
          <Button variant="secondary" onPress={onClose} isDisabled={sending}>
            Cancel
          </Button>
          <Button
            variant="primary"
            destructive={decision === 'reject'}
            isPending={sending}
            onPress={decide}
          >
            {verb}
          </Button>
        </Flex>
      </DialogFooter>
    </Dialog>
  );
}
