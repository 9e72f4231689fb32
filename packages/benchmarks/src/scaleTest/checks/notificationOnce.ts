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

import { delay, waitFor, type CheckResult, type Scene } from '../scene';

const PRODUCT = 'dataproduct:default/orders-daily';
const LEVEL_DROPPED = 'data-product-level-dropped';
const WAIVER_DECIDED = 'data-product-waiver-decided';

interface Notification {
  created: string;
  updated?: string | null;
  payload: { title: string; topic?: string; link?: string; scope?: string };
}

/**
 * A notification is delivered once, not once per replica: orders-daily
 * (gold on the example pipelines' runs) gets a failing data-quality fact,
 * and both replicas are asked to evaluate it at the same moment, so both
 * see the drop to silver. The owner's inbox (GET /api/notifications as the
 * Guest User of sales-data) then holds one notification of the drop, never
 * sent again (Backstage replaces a notification of the same scope and
 * marks it updated), and each waiver decision once.
 */
export async function notificationOnce(scene: Scene): Promise<CheckResult> {
  const name = 'a notification is delivered once, not once per replica';
  const [a, b] = scene.replicas;
  const path = `/api/data-products/scorecards/${PRODUCT.replace(':', '/')}`;
  const before = await scene.people.as('owner', a.baseUrl).get(path);
  if (before.body?.level !== 'gold') {
    return {
      name,
      passed: false,
      details: [
        `${PRODUCT} is ${before.body?.level}, not gold: the example pipelines' runs did not arrive`,
      ],
    };
  }
  const reported = await scene.people
    .as('platform', a.baseUrl)
    .post('/api/data-products/facts', {
      entityRef: PRODUCT,
      name: 'quality',
      value: { rate: 0.5 },
    });
  const evaluations = await Promise.all(
    [a, b].map(replica =>
      scene.people.as('owner', replica.baseUrl).post(`${path}/evaluate`),
    ),
  );
  const inbox = async () =>
    ((
      await scene.people
        .as('owner', b.baseUrl)
        .get('/api/notifications?limit=100')
    ).body?.notifications ?? []) as Notification[];
  const isDrop = (n: Notification) =>
    n.payload.topic === LEVEL_DROPPED &&
    Boolean(n.payload.link?.includes('/orders-daily/'));
  const decided = (n: Notification) =>
    n.payload.topic === WAIVER_DECIDED &&
    scene.decidedWaivers.some(id => n.payload.scope?.endsWith(id));
  // until every one has arrived, then a moment more for a second copy
  await waitFor(async () => {
    const seen = await inbox();
    return seen.some(isDrop) &&
      seen.filter(decided).length >= scene.decidedWaivers.length
      ? true
      : undefined;
  }, 15_000);
  await delay(3_000);
  const notifications = await inbox();
  const drops = notifications.filter(isDrop);
  const decisions = notifications.filter(decided);
  const sentAgain = [...drops, ...decisions].filter(n => n.updated);
  const passed =
    reported.status === 201 &&
    evaluations.every(e => e.status === 200) &&
    drops.length === 1 &&
    decisions.length === scene.decidedWaivers.length &&
    sentAgain.length === 0;
  return {
    name,
    passed,
    details: [
      `quality fact posted (HTTP ${
        reported.status
      }), orders-daily evaluated on ${a.name} and ${
        b.name
      } at once (HTTP ${evaluations.map(e => e.status).join(', ')}): now ${
        evaluations[0].body?.level
      }`,
      `the owner's inbox: ${
        drops.length
      } level-drop notification(s) of orders-daily${
        drops[0] ? ` ("${drops[0].payload.title}")` : ''
      }, ${decisions.length} of the ${
        scene.decidedWaivers.length
      } waiver decision(s) the checks made; ${
        sentAgain.length
      } sent more than once`,
    ],
  };
}
