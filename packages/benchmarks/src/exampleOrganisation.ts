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

import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { parseEntityRef } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';
import type { Organisation } from './organisation';
import { REPO_ROOT } from './repoRoot';

/** The repo's examples folder: the example mesh the portal loads by default. */
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

function readEntities(file: string): Entity[] {
  const text = fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
  return parseAllDocuments(text)
    .map(doc => doc.toJS() as Entity | null)
    .filter((e): e is Entity => !!e?.kind);
}

/**
 * Every entity of the example mesh: the Location examples/all.yaml and what
 * its targets hold.
 */
export function exampleEntities(): Entity[] {
  const [location] = readEntities('all.yaml');
  const targets = (location.spec?.targets ?? []) as string[];
  return [location, ...targets.flatMap(target => readEntities(target))];
}

const nameOf = (ref: string, kind: string) =>
  parseEntityRef(ref, { defaultKind: kind, defaultNamespace: 'default' }).name;

/**
 * The example mesh's organisation (its Domain, Group and User entities):
 * its domains; per domain the owning group and the groups below it; and the
 * people of those groups, with the platform team's engineers, who work for
 * every domain.
 */
export function exampleOrganisation(): Organisation {
  const entities = exampleEntities().filter(e =>
    ['Domain', 'Group', 'User'].includes(e.kind),
  );
  const groups = new Map(
    entities
      .filter(e => e.kind === 'Group')
      .map(g => [
        g.metadata.name,
        g.spec as { type?: string; children?: string[] },
      ]),
  );
  const users = entities.filter(e => e.kind === 'User');
  const membersOf = (teams: string[]) =>
    users
      .filter(u =>
        ((u.spec?.memberOf ?? []) as string[]).some(g =>
          teams.includes(nameOf(g, 'Group')),
        ),
      )
      .map(u => u.metadata.name);
  const below = (group: string): string[] => [
    group,
    ...(groups.get(group)?.children ?? []).flatMap(child =>
      below(nameOf(child, 'Group')),
    ),
  ];
  const platformTeams = [...groups]
    .filter(([, spec]) => spec.type === 'platform-team')
    .map(([name]) => name);

  const teams = new Map<string, string[]>();
  const people = new Map<string, string[]>();
  for (const domain of entities.filter(e => e.kind === 'Domain')) {
    const { name } = domain.metadata;
    const owned = below(nameOf(String(domain.spec?.owner), 'Group'));
    teams.set(name, owned);
    people.set(name, [...new Set(membersOf([...owned, ...platformTeams]))]);
    if (people.get(name)!.length < 3) {
      throw new Error(
        `examples: domain ${name} has fewer than three people to staff a product team`,
      );
    }
  }
  return {
    domains: [...teams.keys()],
    teamsOf: domain => teams.get(domain) ?? [],
    usersOf: domain => people.get(domain) ?? [],
    entities: () => entities,
  };
}
