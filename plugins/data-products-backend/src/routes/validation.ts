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

import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { z } from 'zod/v3';

/** A ref parameter, completed with the kind and namespace a user may leave out. */
export const entityRefParam = (defaultKind: string) =>
  z.string().transform((value, ctx) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      );
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `expected an entity ref such as ${defaultKind.toLowerCase()}:my-name`,
      });
      return z.NEVER;
    }
  });

export const ruleIdParam = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a rule id such as has-owner');

/** A tag as stored: one word (catalogs may loosen Backstage's tag format). */
export const tagParam = z
  .string()
  .regex(/^\S{1,63}$/, 'expected a tag such as pii');

/**
 * A query parameter that may repeat (`level=gold&level=silver`) or come
 * once: a list either way.
 */
export const manyParam = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    value => (Array.isArray(value) ? value : [value]),
    z.array(item).max(100),
  );

/** Request input that does not parse: 400, naming each field and what was expected. */
export function parsed<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  input: unknown,
  names: 'fields' | 'parameters' = 'fields',
): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new InputError(
      result.error.issues
        .map(issue =>
          issue.code === 'unrecognized_keys'
            ? `unknown ${names} ${issue.keys.join(', ')}`
            : `${issue.path.join('.') || 'body'}: ${issue.message}`,
        )
        .join('; '),
    );
  }
  return result.data;
}

/** The product a `/:kind/:namespace/:name` route is about. */
export function entityRefOf(params: Record<string, string>): string {
  return stringifyEntityRef({
    kind: params.kind,
    namespace: params.namespace,
    name: params.name,
  });
}

/**
 * 403 unless the permission policy allows it (for this product, if a
 * resource permission), saying what was refused and which permission the
 * policy would have to grant.
 */
export async function authorize(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  request:
    | { permission: BasicPermission }
    | { permission: ResourcePermission; resourceRef: string },
  action: string,
): Promise<void> {
  const [decision] = await permissions.authorize([request], { credentials });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `You may not ${action}: the permission policy does not grant you ${request.permission.name}`,
    );
  }
}
