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

/** The example mesh's people the test acts as, one for each job. */
export const PEOPLE = {
  /** Guest User: a member of sales-data, which owns orders-daily. */
  owner: 'user:default/guest',
  /** Elena Petrova: governance, decides waivers. */
  governance: 'user:default/elena.petrova',
  /** Daniel Novak: the data platform team, reports facts by hand. */
  platform: 'user:default/daniel.novak',
} as const;

export type Person = keyof typeof PEOPLE;

/** An answer as a user sees it: status, headers, body (JSON when it is). */
export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** Signs in as one of the example mesh's people on the development sign-in's provider. */
export async function signIn(
  baseUrl: string,
  userRef: string,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/example-users/refresh`, {
    headers: {
      'X-Requested-With': 'XMLHttpRequest',
      'x-meshwork-example-user': userRef,
    },
  });
  if (!response.ok) {
    throw new Error(
      `signing in as ${userRef}: HTTP ${
        response.status
      } ${await response.text()}`,
    );
  }
  return (await response.json()).backstageIdentity.token;
}

/** A request as a person, whatever it answers: the checks judge the status. */
export async function call(
  baseUrl: string,
  token: string,
  method: string,
  route: string,
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The people's tokens (valid on every replica: the signing keys are in the shared database). */
export class People {
  readonly #tokens = new Map<Person, string>();

  /**
   * Signs everyone in, once the catalog holds them (the provider signs in
   * catalog users): tried every 2 s for `timeoutMs`.
   */
  static async signIn(baseUrl: string, timeoutMs = 180_000): Promise<People> {
    const people = new People();
    const deadline = Date.now() + timeoutMs;
    for (const person of Object.keys(PEOPLE) as Person[]) {
      for (;;) {
        try {
          people.#tokens.set(person, await signIn(baseUrl, PEOPLE[person]));
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise(resolve => setTimeout(resolve, 2_000));
        }
      }
    }
    return people;
  }

  /** Calls `baseUrl` as `person`. */
  as(person: Person, baseUrl: string) {
    const token = this.#tokens.get(person)!;
    return {
      get: (route: string) => call(baseUrl, token, 'GET', route),
      post: (route: string, body?: unknown) =>
        call(baseUrl, token, 'POST', route, body),
    };
  }
}
