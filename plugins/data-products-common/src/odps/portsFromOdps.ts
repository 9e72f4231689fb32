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
  DataClassification,
  DataProductProblem,
  InputPort,
  ManagementPort,
  OutputPort,
} from '../entity';
import { inputPortKey, portKey } from '../entity/portVersions';
import { keptPortKey } from './keptPorts';
import { compact, Leftovers } from './leftovers';
import { repeatedPortWarnings } from './odpsImportWarnings';
import { mapList } from './mapList';
import { takeMeshworkProperties } from './odpsProperties';
import {
  booleanFromOdps,
  managementContentFromOdps,
  nameFromOdps,
  portTypeFromOdps,
  stringFromOdps,
  tagsFromOdps,
  textFromOdps,
  versionFromOdps,
} from './odpsValues';

// A port is kept by name and version, and held once per identity of the
// kind: output ports by name and major version, input ports by name and the
// exact version they read, management ports by name.

/** A port name the kind spells otherwise: `Processed Data` is `processed-data`. */
const respelled = (port: { name: string }, raw: JsonObject) =>
  port.name !== raw.name;

export function inputPortsFromOdps(value: JsonValue | undefined) {
  const keys = {
    keyField: 'name',
    keyOf: keptPortKey,
    identityOf: inputPortKey,
    respelled,
  };
  return mapList<InputPort>(value, keys, (port, raw) => {
    const name = nameFromOdps(raw.name);
    if (!name) return undefined;
    const carried = takeMeshworkProperties(port, [
      'dataProduct',
      'port',
      'contract',
      'description',
    ]);
    return compact({
      name,
      dataProduct: carried.dataProduct as string | undefined,
      port: carried.port as string | undefined,
      contract: carried.contract as string | undefined,
      contractId: port.takeAs('contractId', textFromOdps),
      version: port.takeAs('version', versionFromOdps),
      description: carried.description as string | undefined,
    });
  });
}

export function outputPortsFromOdps(value: JsonValue | undefined) {
  const keys = {
    keyField: 'name',
    keyOf: keptPortKey,
    identityOf: portKey,
    respelled,
  };
  return mapList<OutputPort>(value, keys, (port, raw) => {
    const name = nameFromOdps(raw.name);
    if (!name) return undefined;
    const carried = takeMeshworkProperties(port, [
      'contract',
      'server',
      'sla',
      'classification',
      'containsPii',
      'accessRequest',
    ]);
    return compact({
      name,
      description: port.takeAs('description', stringFromOdps),
      type: port.takeSpelled('type', portTypeFromOdps),
      version: port.takeAs('version', versionFromOdps),
      contract: carried.contract as string | undefined,
      contractId: port.takeAs('contractId', textFromOdps),
      server: carried.server as OutputPort['server'],
      sla: carried.sla as OutputPort['sla'],
      classification: carried.classification as DataClassification | undefined,
      containsPii: carried.containsPii as boolean | undefined,
      accessRequest: carried.accessRequest as OutputPort['accessRequest'],
      deprecated: port.takeAs('deprecated', booleanFromOdps),
      tags: port.takeAs('tags', tagsFromOdps),
    });
  });
}

export function managementPortsFromOdps(value: JsonValue | undefined) {
  const keys = {
    keyField: 'name',
    identityOf: (port: ManagementPort) => port.name,
    respelled,
  };
  return mapList<ManagementPort>(value, keys, (port, raw) => {
    const name = nameFromOdps(raw.name);
    const content = managementContentFromOdps(raw.content);
    if (!name || !content) return undefined;
    port.takeSpelled('content', managementContentFromOdps);
    return compact({
      name,
      content,
      type: port.takeAs('type', stringFromOdps),
      url: port.takeAs('url', textFromOdps),
    });
  });
}

/**
 * The product's ports, each list's leftovers kept in `doc`, and a warning
 * for each port the catalog holds already under the same identity.
 */
export function portsFromOdps(doc: Leftovers) {
  const ports = {
    inputPorts: inputPortsFromOdps(doc.peek('inputPorts')),
    outputPorts: outputPortsFromOdps(doc.peek('outputPorts')),
    managementPorts: managementPortsFromOdps(doc.peek('managementPorts')),
  };
  const repeated: DataProductProblem[] = [];
  for (const [list, mapped] of Object.entries(ports)) {
    repeated.push(
      ...repeatedPortWarnings(
        list as keyof typeof ports,
        doc.peek(list),
        mapped.repeated,
      ),
    );
    doc.keep(list, mapped.kept);
  }
  return {
    inputPorts: ports.inputPorts.items,
    outputPorts: ports.outputPorts.items,
    managementPorts: ports.managementPorts.items,
    repeated,
  };
}
