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

/** A line of a backend's log, when this process read it. */
export interface LogLine {
  /** Date.now() when the line was read: production logs carry no time of their own. */
  at: number;
  level?: string;
  plugin?: string;
  message: string;
}

/** A line as the backend wrote it: JSON in production, text before the logger starts. */
export function parseLogLine(text: string, at: number): LogLine {
  try {
    const { level, plugin, message } = JSON.parse(text);
    if (typeof message === 'string') return { at, level, plugin, message };
  } catch {
    // not JSON: the config loader's first lines, a crash's stack
  }
  return { at, message: text };
}

const POLL_MS = 100;

/**
 * Reads a backend's log as it grows, every 100 ms, and stamps each line
 * with the time it was read: the benchmark times what the backend logs
 * (the provider's mutation, a full evaluation) to that resolution.
 */
export class LogFollower {
  readonly #file: string;
  readonly #lines: LogLine[] = [];
  #offset = 0;
  #partial = '';
  #timer?: NodeJS.Timeout;

  constructor(file: string) {
    this.#file = file;
    this.#timer = setInterval(() => this.read(), POLL_MS);
  }

  /** Reads what was written since the last read. */
  read() {
    let size: number;
    try {
      size = fs.statSync(this.#file).size;
    } catch {
      return; // not created yet
    }
    if (size <= this.#offset) return;
    const buffer = Buffer.alloc(size - this.#offset);
    const fd = fs.openSync(this.#file, 'r');
    try {
      fs.readSync(fd, buffer, 0, buffer.length, this.#offset);
    } finally {
      fs.closeSync(fd);
    }
    this.#offset = size;
    const at = Date.now();
    const texts = (this.#partial + buffer.toString()).split('\n');
    this.#partial = texts.pop()!;
    for (const text of texts) {
      if (text.trim()) this.#lines.push(parseLogLine(text, at));
    }
  }

  /** The lines read so far, from index `from` on. */
  lines(from = 0): LogLine[] {
    return this.#lines.slice(from);
  }

  get count() {
    return this.#lines.length;
  }

  /** The first line from index `from` on whose message matches, if read yet. */
  find(pattern: RegExp, from = 0): LogLine | undefined {
    this.read();
    return this.#lines.slice(from).find(line => pattern.test(line.message));
  }

  get file() {
    return this.#file;
  }

  stop() {
    clearInterval(this.#timer);
    this.read();
  }
}

/**
 * The first line matching `pattern` in any of the logs (past each one's
 * mark, if given), and the index of its log; undefined if none was read.
 */
export function findLine(
  logs: LogFollower[],
  pattern: RegExp,
  marks?: number[],
): { line: LogLine; index: number } | undefined {
  for (let index = 0; index < logs.length; index++) {
    const line = logs[index].find(pattern, marks?.[index]);
    if (line) return { line, index };
  }
  return undefined;
}

/** {@link findLine}, once a line is read; gives up after `timeoutMs`. */
export async function waitForLine(
  logs: LogFollower[],
  pattern: RegExp,
  options: { timeoutMs: number; marks?: number[] },
): Promise<{ line: LogLine; index: number }> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const found = findLine(logs, pattern, options.marks);
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(
        `no log line like ${pattern} in ${options.timeoutMs / 1000} s (${logs
          .map(log => log.file)
          .join(', ')})`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}
