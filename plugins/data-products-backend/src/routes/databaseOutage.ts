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

import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import type {
  ErrorRequestHandler,
  NextFunction,
  Request,
  Response,
} from 'express';
import { isDatabaseUnavailable } from '../database/databaseUnavailable';

/** How long a caller is asked to wait: about what a PostgreSQL restart or failover takes. */
export const RETRY_AFTER_SECONDS = 30;

/** What a request would have saved or done, in its caller's words. */
const WHAT: Array<
  [method: string, path: RegExp, what: (m: string[]) => string]
> = [
  ['POST', /^\/facts$/, () => 'The facts were not saved'],
  ['POST', /^\/runs(\/[^/]+)?$/, () => "The tool run's results were not saved"],
  ['POST', /^\/waivers$/, () => 'The waiver request was not saved'],
  [
    'POST',
    /^\/waivers\/([^/]+)\/(approve|reject)$/,
    ([, id, action]) =>
      `The ${
        action === 'approve' ? 'approval' : 'rejection'
      } of waiver ${id} was not saved`,
  ],
  [
    'POST',
    /^\/scorecards\/([^/]+)\/([^/]+)\/([^/]+)\/evaluate$/,
    ([, kind, namespace, name]) =>
      `The scorecard of ${kind}:${namespace}/${name} was not evaluated`,
  ],
  ['POST', /^\/evaluate$/, () => 'The dry run was not made'],
];

function whatFailed(req: Request): string {
  for (const [method, path, what] of WHAT) {
    const match = req.method === method ? path.exec(req.path) : null;
    if (match) return what(match.map(decodeURIComponent));
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    return `${req.baseUrl}${req.path} could not be read`;
  }
  // the fact sources' own paths, such as OpenLineage's
  return 'Your request was not carried out';
}

/**
 * The one place where "the database is unreachable" becomes an answer: a
 * 503 naming what was not saved, with Retry-After, instead of a 500 with
 * the driver's words. Every route's writes are one transaction or safe to
 * repeat (a tool run's facts are stored once however often it is posted),
 * so a retry saves it once the database is back. Registered last
 * on the router, it sees every route's errors; the others pass on to
 * Backstage's error handler.
 */
export function answerDatabaseOutage(
  logger: LoggerService,
  databaseAnswers?: () => Promise<boolean>,
): ErrorRequestHandler {
  function unavailable(
    error: unknown,
    req: Request,
    res: Response,
    next: NextFunction,
  ) {
    const what = whatFailed(req);
    logger.warn(`${what}: the database is unreachable: ${error}`);
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    const reads = req.method === 'GET' || req.method === 'HEAD';
    next(
      new ServiceUnavailableError(
        `${what}: Meshwork's database is unreachable. Try again in ${RETRY_AFTER_SECONDS} seconds${
          reads ? '' : '; retrying is safe'
        }.`,
      ),
    );
  }

  return (error, req, res, next) => {
    if (isDatabaseUnavailable(error)) {
      unavailable(error, req, res, next);
    } else if (databaseAnswers && isHiddenServerError(error)) {
      // Another plugin failed without saying why: whether our own database
      // answers tells if the database is what failed.
      databaseAnswers().then(
        answers => (answers ? next(error) : unavailable(error, req, res, next)),
        () => next(error),
      );
    } else {
      next(error);
    }
  };
}

/**
 * Another plugin's 500 whose body hides its cause: in production,
 * Backstage's error handler answers "An internal error occurred logId=…"
 * for PostgreSQL's own errors (a DatabaseError), a server shutting down or
 * starting among them.
 */
function isHiddenServerError(error: unknown): boolean {
  const { name, statusCode, cause } = (error ?? {}) as {
    name?: unknown;
    statusCode?: unknown;
    cause?: { message?: unknown };
  };
  return (
    name === 'ResponseError' &&
    Number(statusCode) >= 500 &&
    /^An internal error occurred/.test(String(cause?.message ?? ''))
  );
}
