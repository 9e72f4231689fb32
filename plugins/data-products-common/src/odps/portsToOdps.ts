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

import type { JsonObject, JsonValue } from '@backstage/types';
import type {
  DataProductSpec,
  InputPort,
  ManagementPort,
  OutputPort,
  SupportChannel,
} from '../entity';
import { keptItemFor, spelled } from './keptFields';
import { portsWithKept } from './keptPorts';
import { compact, isJsonObject } from './leftovers';
import { toMeshworkProperties } from './odpsProperties';
import {
  managementContentFromOdps,
  portTypeFromOdps,
  supportToolFromOdps,
} from './odpsValues';

// The lists of a DataProduct in ODPS form. `kept` is what the import kept of
// the same list (see keptFields.ts): it gives back names and values as the
// original document spelled them.

function keptOf(kept: JsonValue | undefined, key: string) {
  return isJsonObject(kept) ? kept[key] : undefined;
}

export function inputPortsToOdps(
  ports: InputPort[] | undefined,
  kept: JsonValue | undefined,
): JsonObject[] | undefined {
  return portsWithKept(ports, keptOf(kept, 'inputPorts'), true, (port, was) =>
    compact({
      name: was?.name ?? port.name,
      version: port.version ?? was?.version,
      contractId: port.contractId,
      customProperties: toMeshworkProperties({
        dataProduct: port.dataProduct,
        port: port.port,
        contract: port.contract,
        description: port.description,
      }),
    }),
  );
}

export function outputPortsToOdps(
  ports: OutputPort[] | undefined,
  kept: JsonValue | undefined,
): JsonObject[] | undefined {
  return portsWithKept(ports, keptOf(kept, 'outputPorts'), true, (port, was) =>
    compact({
      name: was?.name ?? port.name,
      description: port.description,
      type:
        port.type && spelled(port.type, was?.leftovers.type, portTypeFromOdps),
      version: port.version ?? was?.version,
      contractId: port.contractId,
      deprecated: port.deprecated,
      tags: port.tags,
      customProperties: toMeshworkProperties({
        contract: port.contract,
        server: port.server,
        sla: port.sla,
        classification: port.classification,
        containsPii: port.containsPii,
        accessRequest: port.accessRequest,
      }),
    }),
  );
}

export function managementPortsToOdps(
  ports: ManagementPort[] | undefined,
  kept: JsonValue | undefined,
): JsonObject[] | undefined {
  return portsWithKept(
    ports,
    keptOf(kept, 'managementPorts'),
    false,
    (port, was) =>
      compact({
        name: was?.name ?? port.name,
        content: spelled(
          port.content,
          was?.leftovers.content,
          managementContentFromOdps,
        ),
        type: port.type,
        url: port.url,
      }),
  );
}

/** ODPS requires a URL for each support channel: those without one go apart. */
export function supportToOdps(
  support: SupportChannel[] | undefined,
  kept: JsonValue | undefined,
): { support?: JsonObject[]; withoutUrl?: SupportChannel[] } {
  if (!support) return {};
  const withoutUrl = support.filter(channel => !channel.url);
  return {
    support: support
      .filter(channel => channel.url)
      .map(channel => {
        const { leftovers } = keptItemFor(
          keptOf(kept, 'support'),
          channel.channel,
        );
        return compact({
          channel: channel.channel,
          url: channel.url,
          tool:
            channel.tool &&
            spelled(channel.tool, leftovers?.tool, supportToolFromOdps),
          scope: channel.scope,
        });
      }),
    withoutUrl: withoutUrl.length > 0 ? withoutUrl : undefined,
  };
}

/** The owner is the team's name: ODPS has no other place for it. */
export function teamToOdps(spec: DataProductSpec): JsonObject {
  return compact({
    name: spec.owner,
    members: spec.team?.map(member => ({
      username: member.user,
      role: member.role,
    })),
  });
}
