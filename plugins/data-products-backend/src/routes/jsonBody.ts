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

import { InputError } from '@backstage/errors';
import express, { type RequestHandler } from 'express';

/**
 * express.json whose refusals say what was wrong without the body: the
 * parser's own error carries the whole body, which the error handler would
 * send back (up to the limit) to whoever posted it. `tooLarge` says what to
 * do about a body over the limit.
 */
export function jsonBody(limit: string, tooLarge: string): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, error => {
      const { type, length, message } = (error ?? {}) as {
        type?: string;
        length?: number;
        message?: string;
      };
      if (type === 'entity.parse.failed') {
        next(new InputError(`The body is not JSON: ${message}`));
      } else if (type === 'entity.too.large') {
        const refusal = new Error(
          `The body is ${
            length ?? 'over'
          } bytes; at most ${limit} is accepted${tooLarge}`,
        );
        next(
          Object.assign(refusal, {
            name: 'PayloadTooLargeError',
            statusCode: 413,
          }),
        );
      } else {
        next(error);
      }
    });
}
