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

import { displayValue, type FieldReader, type RawObject } from './FieldReader';
import type {
  OdcsPrice,
  OdcsRole,
  OdcsServer,
  OdcsSlaProperty,
  OdcsSupportChannel,
  OdcsTeam,
  OdcsTeamMember,
} from './types';

// Shown in their own columns; every other field of a server (host, port,
// database, topic, project… they vary with its type) is its location.
const SERVER_COLUMNS = new Set([
  'id',
  'server',
  'type',
  'environment',
  'description',
  'roles',
  'customProperties',
]);

export function readServers(raw: RawObject, r: FieldReader): OdcsServer[] {
  return r.objects(raw, 'servers', '').map(({ item, path }) => ({
    server: r.string(item, 'server', path),
    type: r.string(item, 'type', path),
    environment: r.string(item, 'environment', path),
    description: r.string(item, 'description', path),
    location: Object.entries(item)
      .filter(([key, value]) => !SERVER_COLUMNS.has(key) && value !== null)
      .map(([key, value]) => [key, displayValue(value)]),
  }));
}

export function readSupport(
  raw: RawObject,
  r: FieldReader,
): OdcsSupportChannel[] {
  return r.objects(raw, 'support', '').map(({ item, path }) => {
    r.expect(item, 'channel', path, 'the channel name');
    return {
      channel: r.string(item, 'channel', path) ?? '?',
      tool: r.string(item, 'tool', path),
      scope: r.string(item, 'scope', path),
      url: r.url(item, 'url', path),
      invitationUrl: r.url(item, 'invitationUrl', path),
      description: r.string(item, 'description', path),
    };
  });
}

export function readSlaProperties(
  raw: RawObject,
  r: FieldReader,
): OdcsSlaProperty[] {
  return r.objects(raw, 'slaProperties', '').map(({ item, path }) => {
    r.expect(item, 'property', path, 'the SLA property, e.g. latency');
    const scheduler = r.string(item, 'scheduler', path);
    const schedule = r.string(item, 'schedule', path);
    return {
      property: r.string(item, 'property', path) ?? '?',
      value: r.string(item, 'value', path),
      valueExt: r.string(item, 'valueExt', path),
      unit: r.string(item, 'unit', path),
      element: r.string(item, 'element', path),
      driver: r.string(item, 'driver', path),
      description: r.string(item, 'description', path),
      schedule: [scheduler, schedule].filter(Boolean).join(' ') || undefined,
    };
  });
}

function readMember(
  item: RawObject,
  path: string,
  r: FieldReader,
): OdcsTeamMember {
  r.expect(item, 'username', path, "the member's username or e-mail");
  return {
    username: r.string(item, 'username', path) ?? '?',
    name: r.string(item, 'name', path),
    role: r.string(item, 'role', path),
    description: r.string(item, 'description', path),
    dateIn: r.string(item, 'dateIn', path),
    dateOut: r.string(item, 'dateOut', path),
    replacedByUsername: r.string(item, 'replacedByUsername', path),
  };
}

/** v3.1 `team: { name, members }`, or the older bare list of members. */
export function readTeam(raw: RawObject, r: FieldReader): OdcsTeam | undefined {
  if (raw.team === undefined || raw.team === null) return undefined;
  if (Array.isArray(raw.team)) {
    const members = r.objects(raw, 'team', '');
    return { members: members.map(m => readMember(m.item, m.path, r)) };
  }
  const team = r.object(raw, 'team', '');
  if (!team) return undefined;
  return {
    name: r.string(team, 'name', 'team'),
    description: r.string(team, 'description', 'team'),
    members: r
      .objects(team, 'members', 'team')
      .map(m => readMember(m.item, m.path, r)),
  };
}

export function readRoles(raw: RawObject, r: FieldReader): OdcsRole[] {
  return r.objects(raw, 'roles', '').map(({ item, path }) => {
    r.expect(item, 'role', path, 'the name of the access role');
    return {
      role: r.string(item, 'role', path) ?? '?',
      access: r.string(item, 'access', path),
      description: r.string(item, 'description', path),
      firstLevelApprovers: r.string(item, 'firstLevelApprovers', path),
      secondLevelApprovers: r.string(item, 'secondLevelApprovers', path),
    };
  });
}

export function readPrice(
  raw: RawObject,
  r: FieldReader,
): OdcsPrice | undefined {
  const price = r.object(raw, 'price', '');
  if (!price) return undefined;
  return {
    amount: r.string(price, 'priceAmount', 'price'),
    currency: r.string(price, 'priceCurrency', 'price'),
    unit: r.string(price, 'priceUnit', 'price'),
  };
}
