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

import type { Answer } from './people';
import type { Replica } from './scaleTestReplicas';
import type { Scene } from './scene';

/** A rule of a product, to waive. */
export interface WaiverTarget {
  entityRef: string;
  ruleId: string;
}

/**
 * The (product, rule) pairs of the owner's group (sales-data) that fail and
 * have no waiver yet, as the owner reads them: what an owner would ask to
 * waive.
 */
export async function waivableFailures(
  scene: Scene,
  replica: Replica,
  leaveOut: string[],
): Promise<WaiverTarget[]> {
  const api = scene.people.as('owner', replica.baseUrl);
  const answer = await api.get(
    '/api/data-products/scorecards?owner=group:default/sales-data&limit=500',
  );
  const waivers = await api.get('/api/data-products/waivers?limit=500');
  const waived = new Set(
    (waivers.body.items as Array<WaiverTarget & { status: string }>)
      .filter(w => w.status === 'requested' || w.status === 'approved')
      .map(w => `${w.entityRef} ${w.ruleId}`),
  );
  return (
    answer.body.items as Array<{ entityRef: string; failingRuleIds: string[] }>
  )
    .filter(item => !leaveOut.includes(item.entityRef))
    .flatMap(item =>
      item.failingRuleIds.map(ruleId => ({
        entityRef: item.entityRef,
        ruleId,
      })),
    )
    .filter(t => !waived.has(`${t.entityRef} ${t.ruleId}`));
}

/** The owner asks to waive `target` for a week, on `replica`. */
export function requestWaiver(
  scene: Scene,
  replica: Replica,
  target: WaiverTarget,
): Promise<Answer> {
  return scene.people
    .as('owner', replica.baseUrl)
    .post('/api/data-products/waivers', {
      ...target,
      justification:
        'Waived by npm run test:scale while it checks the replicas',
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
}

/** Governance approves waiver `id` on `replica`. */
export function approveWaiver(
  scene: Scene,
  replica: Replica,
  id: string,
): Promise<Answer> {
  return scene.people
    .as('governance', replica.baseUrl)
    .post(`/api/data-products/waivers/${id}/approve`, {
      comment: 'Approved by npm run test:scale',
    });
}
