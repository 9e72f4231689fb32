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

import type { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DataProductWaiver,
  isDataProductEntity,
  resolveProductRef,
} from '@meshwork/plugin-data-products-common';
import type { ScorecardRules } from '../service/ScorecardRules';
import type { WaiverContext } from './notificationPayloads';

/** What a waiver notification needs to know besides the waiver. */
export interface WaiverNotificationContext extends WaiverContext {
  /** The product's owner, from the catalog; unknown once the product is gone. */
  ownerRef?: string;
}

/**
 * Each waiver's product title and owner from the catalog, in one query for
 * all of them, and its rule's title and level; keyed by waiver id.
 */
export async function loadWaiverContexts(
  options: {
    catalog: CatalogService;
    auth: AuthService;
    rules: ScorecardRules;
  },
  waivers: DataProductWaiver[],
): Promise<Map<string, WaiverNotificationContext>> {
  const { catalog, auth, rules } = options;
  const refs = [...new Set(waivers.map(w => w.entityRef))];
  const products = new Map<string, { title?: string; ownerRef?: string }>();
  if (refs.length > 0) {
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: ['apiVersion', 'kind', 'metadata', 'spec.owner'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    for (const item of items) {
      if (!item || !isDataProductEntity(item)) continue;
      const owner = item.spec.owner;
      products.set(stringifyEntityRef(item), {
        title: item.metadata.title,
        ownerRef: owner
          ? stringifyEntityRef(resolveProductRef(item, owner, 'Group'))
          : undefined,
      });
    }
  }
  return new Map(
    waivers.map(waiver => {
      const product = products.get(waiver.entityRef);
      return [
        waiver.id,
        {
          productTitle: product?.title,
          ownerRef: product?.ownerRef,
          rule: rules.list().find(r => r.id === waiver.ruleId),
        },
      ];
    }),
  );
}

/** The requester and the product's owner, each once. */
export function ownersAndRequester(
  waiver: DataProductWaiver,
  context: WaiverNotificationContext,
): string[] {
  return [
    ...new Set([
      waiver.requestedBy,
      ...(context.ownerRef ? [context.ownerRef] : []),
    ]),
  ];
}
