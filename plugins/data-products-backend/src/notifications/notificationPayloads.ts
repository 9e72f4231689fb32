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

import { parseEntityRef } from '@backstage/catalog-model';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import {
  DataProductLevel,
  DataProductWaiver,
  RuleResult,
  ScorecardRule,
} from '@meshwork/plugin-data-products-common';
import { blockingResults, levelRank } from '../service/blockingRules';

/** Notification topics: one per kind of event, so people can mute each. */
export const NOTIFICATION_TOPICS = {
  levelDropped: 'data-product-level-dropped',
  waiverRequested: 'data-product-waiver-requested',
  waiverDecided: 'data-product-waiver-decided',
  waiverExpiring: 'data-product-waiver-expiring',
  portBreaking: 'data-product-port-breaking',
  portDeprecated: 'data-product-port-deprecated',
} as const;

/** Where governance decides waiver requests (the data products page's governance tab). */
export const GOVERNANCE_PATH = '/data-products/governance';

/** How many rules or changes a notification names before "and N more". */
const LISTED = 3;

function levelName(level: DataProductLevel): string {
  return level === 'none' ? 'no level' : level;
}

const day = (iso: string) => iso.slice(0, 10);

const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);

/** The product's page in the catalog. */
export function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${[namespace, kind.toLocaleLowerCase('en-US'), name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** The product's scorecard tab in the catalog. */
export function scorecardPath(entityRef: string): string {
  return `${entityPath(entityRef)}/scorecard`;
}

/** A product as a notification names it: its title, else its ref. */
export function productLabel(entityRef: string, title?: string): string {
  return title ?? entityRef;
}

/** The first few names, and how many more. */
export function listOf(names: string[], separator = ', '): string {
  const listed = names.slice(0, LISTED).join(separator);
  const more = names.length - LISTED;
  return more > 0 ? `${listed} and ${more} more` : listed;
}

/** A product's level fell: what now blocks the lost levels, and what to do. */
export function levelDroppedPayload(drop: {
  entityRef: string;
  title?: string;
  from: DataProductLevel;
  to: DataProductLevel;
  results: RuleResult[];
}): NotificationPayload {
  // The rules of the lost levels that no longer pass: fixing them restores it.
  const blocking = blockingResults(drop.results).filter(
    r =>
      levelRank(r.level) > levelRank(drop.to) &&
      levelRank(r.level) <= levelRank(drop.from),
  );
  const why = blocking.length
    ? `It no longer passes ${listOf(blocking.map(r => r.title))}. `
    : '';
  return {
    title: `${productLabel(
      drop.entityRef,
      drop.title,
    )} dropped from ${levelName(drop.from)} to ${levelName(drop.to)}`,
    description: `${why}Open the scorecard to see how to fix each rule and get back to ${levelName(
      drop.from,
    )}, or request a waiver if a fix has to wait.`,
    link: scorecardPath(drop.entityRef),
    severity: drop.to === 'none' ? 'high' : 'normal',
    topic: NOTIFICATION_TOPICS.levelDropped,
    // One inbox entry per product's level: a later drop refreshes it.
    scope: `data-product-level:${drop.entityRef}`,
  };
}

/** What a waiver notification names besides the waiver: the product's title and the rule. */
export interface WaiverContext {
  productTitle?: string;
  rule?: Pick<ScorecardRule, 'title' | 'level'>;
}

/** One inbox entry per waiver: its latest news replaces the earlier. */
const waiverScope = (waiver: DataProductWaiver) =>
  `data-product-waiver:${waiver.id}`;

/** "Waiver of <rule> on <product>" */
function waiverOf(waiver: DataProductWaiver, context: WaiverContext) {
  return `waiver of ${context.rule?.title ?? waiver.ruleId} on ${productLabel(
    waiver.entityRef,
    context.productTitle,
  )}`;
}

/** A new waiver request, for the governance group to decide. */
export function waiverRequestedPayload(
  waiver: DataProductWaiver,
  context: WaiverContext,
): NotificationPayload {
  return {
    title: `New request for a ${waiverOf(waiver, context)}`,
    description: `${waiver.requestedBy} asks to waive ${
      waiver.ruleId
    } until ${day(waiver.expiresAt)}: "${
      waiver.justification
    }". Approve or reject it on the governance page.`,
    link: GOVERNANCE_PATH,
    severity: 'normal',
    topic: NOTIFICATION_TOPICS.waiverRequested,
    scope: waiverScope(waiver),
  };
}

/** Governance approved or rejected a waiver, with the reason they gave. */
export function waiverDecidedPayload(
  waiver: DataProductWaiver,
  context: WaiverContext,
): NotificationPayload {
  const approved = waiver.status === 'approved';
  const decision = waiver.events.find(e => e.action === waiver.status);
  const reason = decision?.comment
    ? `: "${decision.comment}"`
    : ' without giving a reason';
  const next = approved
    ? `The rule counts as exempt until ${day(
        waiver.expiresAt,
      )}; fix it before then.`
    : 'The rule counts again: fix it, or request a new waiver with a fuller justification.';
  return {
    title: `${capitalized(waiverOf(waiver, context))} ${
      approved ? 'approved' : 'rejected'
    }`,
    description: `${waiver.decidedBy ?? 'Governance'} ${
      approved ? 'approved' : 'rejected'
    } it${reason}. ${next}`,
    link: scorecardPath(waiver.entityRef),
    severity: approved ? 'normal' : 'high',
    topic: NOTIFICATION_TOPICS.waiverDecided,
    scope: waiverScope(waiver),
  };
}

/** An approved waiver ends soon: the rule will count again. */
export function waiverExpiringPayload(
  waiver: DataProductWaiver,
  context: WaiverContext,
): NotificationPayload {
  const stake = context.rule
    ? `, and while it fails the product cannot be ${context.rule.level}`
    : '';
  return {
    title: `${capitalized(waiverOf(waiver, context))} expires on ${day(
      waiver.expiresAt,
    )}`,
    description: `From then ${waiver.ruleId} counts again${stake}. Fix the rule before the waiver expires, or request a new one.`,
    link: scorecardPath(waiver.entityRef),
    severity: 'normal',
    topic: NOTIFICATION_TOPICS.waiverExpiring,
    scope: waiverScope(waiver),
  };
}
