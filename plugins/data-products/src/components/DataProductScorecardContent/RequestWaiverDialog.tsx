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

import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  DatePicker,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Text,
  TextAreaField,
} from '@backstage/ui';
import {
  getLocalTimeZone,
  today,
  type CalendarDate,
  type DateValue,
} from '@internationalized/date';
import { useApi } from '@backstage/frontend-plugin-api';
import type { DataProductWaiver } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { useWaiverLimits } from '../../hooks';
import { describeError } from '../shared';
import { expiryTimestamp } from './dates';
import type { RuleRow } from './ruleRows';

/** The expiry offered at first: the backend's default cap, or its own if shorter. */
const DEFAULT_WAIVER_DAYS = 90;
const MIN_JUSTIFICATION = 10;

function justificationProblem(value: string): string | undefined {
  const length = value.trim().length;
  return length < MIN_JUSTIFICATION
    ? `Say why in at least ${MIN_JUSTIFICATION} characters (${length} so far).`
    : undefined;
}

function expiryProblem(
  days: number | undefined,
  maxDays: number | undefined,
): string | undefined {
  if (days === undefined) return 'Pick the day the waiver ends.';
  if (days <= 0) return 'Pick a day after today.';
  return maxDays !== undefined && days > maxDays
    ? `Pick a day at most ${maxDays} days ahead, the governance group's limit.`
    : undefined;
}

function inDays(days: number): CalendarDate {
  return today(getLocalTimeZone()).add({ days });
}

function tomorrow(): CalendarDate {
  return today(getLocalTimeZone()).add({ days: 1 });
}

/** Calendar days from today, in this browser's time zone, to the chosen day. */
function daysFromNow(day: DateValue | null): number | undefined {
  return day ? day.compare(today(getLocalTimeZone())) : undefined;
}

/**
 * Asks the governance group to exempt this product from one rule for a while.
 * Problems show once the owner tries to send; the backend has the last word
 * (ownership, the maximum duration) and its refusal is shown as it says it.
 */
export function RequestWaiverDialog(props: {
  entityRef: string;
  rule: RuleRow;
  onClose: () => void;
  onRequested: (waiver: DataProductWaiver) => void;
}) {
  const { entityRef, rule, onClose, onRequested } = props;
  const api = useApi(dataProductsApiRef);
  const [justification, setJustification] = useState('');
  const maxDays = useWaiverLimits()?.maxDurationDays;
  const [expiry, setExpiry] = useState<DateValue | null>(() =>
    inDays(DEFAULT_WAIVER_DAYS),
  );
  const [expiryChosen, setExpiryChosen] = useState(false);
  // The configured limit comes after the dialog opens; a shorter one moves
  // the offered day, unless the owner has picked one already.
  useEffect(() => {
    if (maxDays !== undefined && maxDays < DEFAULT_WAIVER_DAYS && !expiryChosen)
      setExpiry(inDays(Math.max(1, maxDays)));
  }, [maxDays, expiryChosen]);
  const [showProblems, setShowProblems] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error>();

  const days = daysFromNow(expiry);
  const problems = {
    justification: justificationProblem(justification),
    expiry: expiryProblem(days, maxDays),
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setShowProblems(true);
    if (problems.justification || problems.expiry || days === undefined) return;
    setSending(true);
    setError(undefined);
    try {
      onRequested(
        await api.requestWaiver({
          entityRef,
          ruleId: rule.id,
          justification: justification.trim(),
          expiresAt: expiryTimestamp(days),
        }),
      );
    } catch (e) {
      setError(e as Error);
      setSending(false);
    }
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && onClose()} width={520}>
      <form onSubmit={onSubmit} noValidate>
        <DialogHeader>Request a waiver</DialogHeader>
        <DialogBody>
          <Flex direction="column" gap="3">
            <Text as="p">
              Exempt this product from <strong>{rule.title}</strong> until the
              day below. The governance group approves or rejects the request.
            </Text>
            <TextAreaField
              label="Justification"
              description="Why the rule cannot be met now, and the plan to meet it."
              value={justification}
              onChange={setJustification}
              isRequired
              validationBehavior="aria"
              validate={() =>
                showProblems ? problems.justification ?? null : null
              }
            />
            <DatePicker
              label="Expires on"
              description={
                maxDays === undefined
                  ? 'The governance group sets how far ahead a waiver may end.'
                  : `At most ${maxDays} days ahead, the governance group's limit.`
              }
              value={expiry}
              onChange={day => {
                setExpiryChosen(true);
                setExpiry(day);
              }}
              minValue={tomorrow()}
              maxValue={maxDays === undefined ? undefined : inDays(maxDays)}
              isRequired
              validationBehavior="aria"
              validate={() => (showProblems ? problems.expiry ?? null : null)}
            />
            {error && (
              <Alert
                status="danger"
                title="The waiver was not requested"
                description={describeError(error)}
              />
            )}
          </Flex>
        </DialogBody>
        <DialogFooter>
          <Button variant="secondary" onPress={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" isPending={sending}>
            Request waiver
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
