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

import type { Entity } from '@backstage/catalog-model';

/**
 * Who the generated products belong to: the domains they are spread over,
 * and per domain the teams that own them and the people on their team.
 */
export interface Organisation {
  domains: readonly string[];
  teamsOf(domain: string): string[];
  /** At least three people per domain: a product names a lead, a steward and an engineer. */
  usersOf(domain: string): string[];
  /** The Domain, Group and User entities the catalog holds for them. */
  entities(): Entity[];
}

/** The business domains of the generated mesh; a product belongs to one. */
export const DOMAINS = [
  'sales',
  'customer',
  'finance',
  'logistics',
  'marketing',
  'payments',
  'inventory',
  'supply',
  'pricing',
  'support',
  'risk',
  'people',
] as const;

/** Each domain has a domain team that owns most products and an analytics team. */
export const teamsOf = (domain: string) => [
  `${domain}-data`,
  `${domain}-analytics`,
];

export const USERS_PER_DOMAIN = 10;
export const usersOf = (domain: string) =>
  Array.from(
    { length: USERS_PER_DOMAIN },
    (_, i) => `${domain}-member-${i + 1}`,
  );

function entity(kind: string, name: string, spec: object): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec,
  };
}

/** The Domain, Group and User entities the products' owner, domain and team refer to. */
export function organisationEntities(): Entity[] {
  return DOMAINS.flatMap(domain => [
    entity('Domain', domain, { owner: `group:${domain}-data` }),
    ...teamsOf(domain).map(team =>
      entity('Group', team, { type: 'team', children: [] }),
    ),
    ...usersOf(domain).map(user =>
      entity('User', user, { memberOf: [`${domain}-data`] }),
    ),
  ]);
}

/** The generated organisation: twelve domains, two teams and ten people each. */
export const generatedOrganisation: Organisation = {
  domains: DOMAINS,
  teamsOf,
  usersOf,
  entities: organisationEntities,
};
