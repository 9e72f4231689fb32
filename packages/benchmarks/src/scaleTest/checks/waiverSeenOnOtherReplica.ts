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

import { approveWaiver, requestWaiver, waivableFailures } from '../waivers';
import type { CheckResult, Scene } from '../scene';
import { PROBE_NAME } from '../probeProduct';

/**
 * A waiver decided on one replica is seen on the other at once: the
 * owner's request and governance's approval go to replica A, and the very
 * next requests, to replica B, see the waiver approved and the rule exempt
 * on the product's scorecard. Nothing caches either on a replica.
 */
export async function waiverSeenOnOtherReplica(
  scene: Scene,
): Promise<CheckResult> {
  const [a, b] = scene.replicas;
  const name = 'a waiver decided on one replica is seen on the other at once';
  const [target] = await waivableFailures(scene, a, [
    'dataproduct:default/orders-daily',
    `dataproduct:default/${PROBE_NAME}`,
  ]);
  if (!target) {
    return {
      name,
      passed: false,
      details: ['no failing rule of a sales-data product to waive'],
    };
  }
  const requested = await requestWaiver(scene, a, target);
  const approved =
    requested.status === 201
      ? await approveWaiver(scene, a, requested.body.id)
      : requested;
  if (approved.status !== 200) {
    return {
      name,
      passed: false,
      details: [
        `request or approval on ${a.name} failed: HTTP ${
          approved.status
        } ${JSON.stringify(approved.body).slice(0, 300)}`,
      ],
    };
  }
  scene.decidedWaivers.push(requested.body.id);
  const onB = scene.people.as('owner', b.baseUrl);
  const waiver = await onB.get(
    `/api/data-products/waivers/${requested.body.id}`,
  );
  const [kind, rest] = target.entityRef.split(':');
  const scorecard = await onB.get(
    `/api/data-products/scorecards/${kind}/${rest}`,
  );
  const state = (
    scorecard.body?.results as Array<{ ruleId: string; state: string }>
  )?.find(r => r.ruleId === target.ruleId)?.state;
  return {
    name,
    passed: waiver.body?.status === 'approved' && state === 'exempt',
    details: [
      `${target.ruleId} of ${target.entityRef}: requested and approved on ${a.name}`,
      `next request on ${b.name}: the waiver is ${waiver.body?.status}, the rule ${state} on the scorecard`,
    ],
  };
}
