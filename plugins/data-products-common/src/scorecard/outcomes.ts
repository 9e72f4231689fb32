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

import type { OutputPort } from '../entity';
import { durationToMillis } from './duration';
import type { CheckOutcome, RuleContext } from './types';

export const pass: CheckOutcome = { state: 'pass' };
export const fail = (message: string): CheckOutcome => ({
  state: 'fail',
  message,
});
export const notApplicable = (message: string): CheckOutcome => ({
  state: 'not-applicable',
  message,
});

/** Fails naming the output ports that miss something, or is n/a without output ports. */
export function everyOutputPort(
  context: RuleContext,
  isMissing: (port: OutputPort) => boolean,
  what: string,
): CheckOutcome {
  const ports = context.entity.spec.outputPorts ?? [];
  if (ports.length === 0)
    return notApplicable('The product has no output ports.');
  const missing = ports.filter(isMissing).map(p => p.name);
  return missing.length
    ? fail(`Output ports ${missing.join(', ')}: ${what}.`)
    : pass;
}

export function ageOf(value: unknown, now: Date): number | undefined {
  if (typeof value === 'number') return value * 1000; // seconds since the newest data
  if (typeof value !== 'string') return undefined;
  return (
    durationToMillis(value) ??
    (Number.isNaN(Date.parse(value))
      ? undefined
      : now.getTime() - Date.parse(value))
  );
}
