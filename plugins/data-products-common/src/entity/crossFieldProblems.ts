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
import { DataProductProblem, problemAt } from './problems';
import { describePort, inputPortKey, portKey } from './portVersions';

type Path = Array<string | number>;
type Lists = Record<string, unknown>;

function listAt(spec: Lists, key: string): Array<Record<string, unknown>> {
  const list = spec[key];
  return Array.isArray(list)
    ? list.filter(
        (item): item is Record<string, unknown> =>
          !!item && typeof item === 'object',
      )
    : [];
}

type PortIdentity = 'major' | 'version' | 'name';

/**
 * What makes a port distinct, as ODPS has it: an output port is its name and
 * major version (a new major is a new port, the old one living on while its
 * readers move); an input port its name and the version it reads (the
 * official customer example reads onlinetransactions 1.0.0 and 1.1.0);
 * a management port, which has no versions, its name.
 */
const portLists = {
  outputPorts: { label: 'output ports', identity: 'major' },
  inputPorts: { label: 'input ports', identity: 'version' },
  managementPorts: { label: 'management ports', identity: 'name' },
} as const;

type NamedPort = { name: string; version?: string };

function identityOf(port: NamedPort, identity: PortIdentity): string {
  if (identity === 'major') return portKey(port);
  if (identity === 'version') return inputPortKey(port);
  return port.name;
}

function duplicateMessage(
  at: string,
  label: string,
  port: NamedPort,
  identity: PortIdentity,
): string {
  const unique = `expected a name unique among the product's ${label}`;
  if (identity === 'name') {
    return `found "${port.name}", already the name of ${at}; ${unique}`;
  }
  if (!port.version) {
    return `found "${port.name}", already the name of ${at}; ${unique}, or a version on each`;
  }
  return identity === 'major'
    ? `found "${describePort(
        port,
      )}", the name and major version of ${at}; expected a name and major version unique among the product's ${label}: a new major version is a new port`
    : `found "${describePort(
        port,
      )}", the name and version of ${at}; expected a name and version unique among the product's ${label}`;
}

function duplicatePortNames(spec: Lists): DataProductProblem[] {
  const problems: DataProductProblem[] = [];
  for (const [key, { label, identity }] of Object.entries(portLists)) {
    const firstIndex = new Map<string, number>();
    listAt(spec, key).forEach((port, index) => {
      if (typeof port.name !== 'string') return;
      const named: NamedPort = {
        name: port.name,
        version: typeof port.version === 'string' ? port.version : undefined,
      };
      const id = identityOf(named, identity);
      const seen = firstIndex.get(id);
      if (seen === undefined) {
        firstIndex.set(id, index);
        return;
      }
      const field = identity !== 'name' && named.version ? 'version' : 'name';
      problems.push(
        problemAt(
          ['spec', key, index, field],
          duplicateMessage(`spec.${key}[${seen}]`, label, named, identity),
        ),
      );
    });
  }
  return problems;
}

function portWithoutProduct(spec: Lists): DataProductProblem[] {
  return listAt(spec, 'inputPorts').flatMap((port, index) =>
    typeof port.port === 'string' && port.dataProduct === undefined
      ? [
          problemAt(
            ['spec', 'inputPorts', index, 'dataProduct'],
            `missing; expected the upstream data product whose output port "${port.port}" this input port reads (port is set, so dataProduct must be too)`,
          ),
        ]
      : [],
  );
}

/** Which kinds each reference may point at; the first is the default. */
const referenceKinds: Array<{
  path: (spec: Lists) => Array<[Path, unknown]>;
  kinds: string[];
}> = [
  { path: spec => [[['spec', 'owner'], spec.owner]], kinds: ['Group', 'User'] },
  { path: spec => [[['spec', 'domain'], spec.domain]], kinds: ['Domain'] },
  {
    path: spec =>
      listAt(spec, 'team').map((m, i) => [['spec', 'team', i, 'user'], m.user]),
    kinds: ['User'],
  },
  {
    path: spec =>
      listAt(spec, 'inputPorts').map((p, i) => [
        ['spec', 'inputPorts', i, 'dataProduct'],
        p.dataProduct,
      ]),
    kinds: ['DataProduct'],
  },
  {
    path: spec => [
      ...listAt(spec, 'inputPorts').map((p, i): [Path, unknown] => [
        ['spec', 'inputPorts', i, 'contract'],
        p.contract,
      ]),
      ...listAt(spec, 'outputPorts').map((p, i): [Path, unknown] => [
        ['spec', 'outputPorts', i, 'contract'],
        p.contract,
      ]),
    ],
    kinds: ['API'],
  },
];

const canonicalKinds: Record<string, string> = {
  api: 'API',
  dataproduct: 'DataProduct',
};

function withArticle(kind: string): string {
  const name =
    canonicalKinds[kind.toLowerCase()] ?? kind[0].toUpperCase() + kind.slice(1);
  return `${/^(A|E|I|O|Un)/.test(name) ? 'an' : 'a'} ${name}`;
}

function wrongReferenceKinds(spec: Lists): DataProductProblem[] {
  const problems: DataProductProblem[] = [];
  for (const { path, kinds } of referenceKinds) {
    for (const [fieldPath, value] of path(spec)) {
      if (typeof value !== 'string' || !value.includes(':')) continue;
      let kind: string;
      try {
        kind = parseEntityRef(value, { defaultKind: kinds[0] }).kind;
      } catch {
        continue; // malformed refs are the schema's to report
      }
      if (!kinds.some(k => k.toLowerCase() === kind.toLowerCase())) {
        problems.push(
          problemAt(
            fieldPath,
            `found "${value}", which refers to ${withArticle(
              kind,
            )}; expected a reference to ${kinds.map(withArticle).join(' or ')}`,
          ),
        );
      }
    }
  }
  return problems;
}

/** The catalog's names and namespaces are at most 63 characters. */
const MAX_NAME_LENGTH = 63;

/**
 * A reference whose name or namespace is longer than any entity's can name
 * nothing; said here, where the owner reads it, rather than as a missing
 * owner later (and the refs are stored in 255-character columns).
 */
function overlongReferences(spec: Lists): DataProductProblem[] {
  return referenceKinds.flatMap(({ path, kinds }) =>
    path(spec).flatMap(([fieldPath, value]): DataProductProblem[] => {
      if (typeof value !== 'string') return [];
      let ref: { name: string; namespace: string };
      try {
        ref = parseEntityRef(value, {
          defaultKind: kinds[0],
          defaultNamespace: 'default',
        });
      } catch {
        return []; // malformed refs are the schema's to report
      }
      const part = (['name', 'namespace'] as const).find(
        key => ref[key].length > MAX_NAME_LENGTH,
      );
      return part
        ? [
            problemAt(
              fieldPath,
              `found a ${part} of ${ref[part].length} characters; expected an entity ref whose name and namespace are at most ${MAX_NAME_LENGTH} characters, as the catalog's are`,
            ),
          ]
        : [];
    }),
  );
}

/** Rules across fields that a JSON Schema can't express. */
export function crossFieldProblems(entity: unknown): DataProductProblem[] {
  const spec = (entity as { spec?: unknown } | undefined)?.spec;
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) return [];
  const fields = spec as Lists;
  return [
    ...duplicatePortNames(fields),
    ...portWithoutProduct(fields),
    ...wrongReferenceKinds(fields),
    ...overlongReferences(fields),
  ];
}
