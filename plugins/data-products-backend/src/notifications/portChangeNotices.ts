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

import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import type {
  DataProductChange,
  DataProductChangeRecord,
} from '@meshwork/plugin-data-products-common';
import type { ProductContext } from '../changes/productContexts';
import type { PendingNotification } from './deliverOnce';
import {
  entityPath,
  listOf,
  NOTIFICATION_TOPICS,
  productLabel,
} from './notificationPayloads';

type Topic =
  | typeof NOTIFICATION_TOPICS.portBreaking
  | typeof NOTIFICATION_TOPICS.portDeprecated;

/** What one owner hears of one look: the changes to the ports their products read. */
interface OwnerNotice {
  changes: DataProductChange[];
  readers: string[];
}

const topicOf = (change: DataProductChange): Topic | undefined => {
  if (change.severity === 'breaking') return NOTIFICATION_TOPICS.portBreaking;
  return change.kind === 'port-deprecated'
    ? NOTIFICATION_TOPICS.portDeprecated
    : undefined;
};

/** Each reader's owner, with the changes on the ports their products read. */
function byOwner(
  changes: DataProductChange[],
  contexts: Map<string, ProductContext>,
): Map<string, OwnerNotice> {
  const owners = new Map<string, OwnerNotice>();
  for (const change of changes) {
    for (const reader of change.readers ?? []) {
      const owner = contexts.get(reader)?.ownerRef;
      if (!owner) continue;
      const notice = owners.get(owner) ?? { changes: [], readers: [] };
      if (!notice.changes.includes(change)) notice.changes.push(change);
      if (!notice.readers.includes(reader)) notice.readers.push(reader);
      owners.set(owner, notice);
    }
  }
  return owners;
}

function payload(
  topic: Topic,
  record: DataProductChangeRecord,
  notice: OwnerNotice,
  contexts: Map<string, ProductContext>,
): NotificationPayload {
  const product = productLabel(
    record.entityRef,
    contexts.get(record.entityRef)?.title,
  );
  const ports = [...new Set(notice.changes.map(c => c.port ?? 'the product'))];
  const readers = notice.readers.map(r =>
    productLabel(r, contexts.get(r)?.title),
  );
  const readWhat =
    readers.length === 1
      ? `Your product ${readers[0]} reads it.`
      : `Your products ${listOf(readers)} read it.`;
  const what = listOf(
    notice.changes.map(c => c.message),
    '; ',
  );
  const shared = {
    link: entityPath(record.entityRef),
    topic,
    // One inbox entry per product and kind of news: a later one replaces it.
    scope: `${topic}:${record.entityRef}`,
  };
  if (topic === NOTIFICATION_TOPICS.portDeprecated) {
    return {
      ...shared,
      title: `${listOf(ports)} of ${product} is deprecated`,
      description: `${readWhat} Plan the move to a newer version of the port before the old one goes.`,
      severity: 'normal',
    };
  }
  const unversioned = notice.changes.some(c => !c.allowedBy);
  return {
    ...shared,
    title: `Breaking change to ${listOf(ports)} of ${product}`,
    description: `${what}. ${readWhat} ${
      unversioned
        ? 'No new major version allows it: check what your products read, and ask the owner to restore it or publish a new major version.'
        : 'A new major version carries it: move your input ports to the new version before the old one goes.'
    }`,
    severity: unversioned ? 'high' : 'normal',
  };
}

/**
 * One notification per look, kind of news and owner of a product that reads
 * a changed port: a breaking change (allowed by a major version or not), or
 * a port version deprecated. Keyed by the look, so a retried run finds
 * them sent.
 */
export function portChangeNotices(
  records: DataProductChangeRecord[],
  contexts: Map<string, ProductContext>,
): PendingNotification[] {
  return records.flatMap(record => {
    const topics = new Map<Topic, DataProductChange[]>();
    for (const change of record.changes) {
      const topic = topicOf(change);
      if (topic) topics.set(topic, [...(topics.get(topic) ?? []), change]);
    }
    return [...topics].flatMap(([topic, changes]) =>
      [...byOwner(changes, contexts)].map(([ownerRef, notice]) => ({
        key: `${topic}:${record.id}:${ownerRef}`,
        topic,
        entityRef: record.entityRef,
        send: {
          recipients: { type: 'entity' as const, entityRef: ownerRef },
          payload: payload(topic, record, notice, contexts),
        },
      })),
    );
  });
}
