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

import type { JsonValue } from '@backstage/types';
import type { SupportChannel, TeamMember } from '../entity';
import { compact, isJsonObject, Leftovers } from './leftovers';
import {
  entityRefFromOdps,
  stringFromOdps,
  supportToolFromOdps,
  textFromOdps,
} from './odpsValues';
import { mapList } from './mapList';

/**
 * The owner (ODPS `team.name`) and the members the kind can hold: those
 * whose username is an entity ref. Others, such as an email address, are
 * kept whole in ODPS form; a member without a role gets `member`.
 */
export function teamFromOdps(value: JsonValue | undefined) {
  const team = new Leftovers(value);
  const owner = team.takeAs('name', stringFromOdps);
  const members = mapList<TeamMember>(
    team.peek('members'),
    { keyField: 'username' },
    (member, raw) => {
      const user = entityRefFromOdps(raw.username);
      if (!user) return undefined;
      return { user, role: member.takeAs('role', textFromOdps) ?? 'member' };
    },
  );
  team.keep('members', members.kept);
  return { owner, members: members.items, kept: team.rest() };
}

/**
 * Support channels; those that an export could not give ODPS (no URL) come
 * back from their `meshwork.supportWithoutUrl` property, after the others.
 */
export function supportFromOdps(
  value: JsonValue | undefined,
  withoutUrl: JsonValue | undefined,
) {
  const keys = { keyField: 'channel' };
  const mapped = mapList<SupportChannel>(value, keys, (channel, raw) => {
    const name = textFromOdps(raw.channel);
    const url = textFromOdps(raw.url);
    if (!name || !url) return undefined;
    channel.take('url');
    return compact({
      channel: name,
      url,
      tool: channel.takeSpelled('tool', supportToolFromOdps),
      scope: channel.takeAs('scope', stringFromOdps),
    });
  });
  const apart = Array.isArray(withoutUrl)
    ? (withoutUrl.filter(isJsonObject) as SupportChannel[])
    : [];
  const items =
    mapped.items || apart.length > 0
      ? [...(mapped.items ?? []), ...apart]
      : undefined;
  return { items, kept: mapped.kept };
}
