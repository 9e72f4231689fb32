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

import type { OutputPort } from './DataProductEntityV1alpha1';

/**
 * ODPS names a port by its name and its version: a new major version of a
 * port is a new port, and the old one lives on (deprecated) while its
 * readers move. These helpers are the one place that says which port a
 * name and a version mean.
 */

/** The major version of a semantic version (`v2.1.0` → 2), if it is one. @public */
export function majorVersionOf(
  version: string | undefined,
): number | undefined {
  const match = version?.match(/^v?(\d+)\./);
  return match ? Number(match[1]) : undefined;
}

/** `[major, minor, patch]`, to order versions; a missing part counts 0. */
function versionParts(version: string | undefined): number[] {
  const match = version?.match(/^v?(\d+)\.(\d+)\.(\d+)/);
  return match ? match.slice(1).map(Number) : [-1, 0, 0];
}

/** Orders versions oldest first; a port without a version sorts first. @public */
export function compareVersions(a?: string, b?: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** What identifies a port: its name and the major of its version. @public */
export function portKey(port: { name: string; version?: string }): string {
  const major = majorVersionOf(port.version);
  return major === undefined ? port.name : `${port.name}@${major}`;
}

/**
 * What identifies an input port: its name and the exact version it reads
 * (a leading `v` aside), since a product may read two minors side by side.
 */
export function inputPortKey(port: { name: string; version?: string }): string {
  return port.version
    ? `${port.name}@${port.version.replace(/^v/, '')}`
    : port.name;
}

/** A port as people write it: `orders` or `orders v2.1.0`. @public */
export function describePort(port: { name: string; version?: string }): string {
  return port.version
    ? `${port.name} v${port.version.replace(/^v/, '')}`
    : port.name;
}

/** The versions of one output port name, oldest first. @public */
export function outputPortVersions<
  P extends { name: string; version?: string },
>(ports: ReadonlyArray<P> | undefined, name: string): P[] {
  return (ports ?? [])
    .filter(port => port.name === name)
    .sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * The output port an input port reads: the one of that name whose major
 * version is the input's, or without a version given, the newest that is
 * not deprecated (or the newest of all).
 *
 * @public
 */
export function findOutputPort<
  P extends Pick<OutputPort, 'name' | 'version' | 'deprecated'>,
>(
  ports: ReadonlyArray<P> | undefined,
  name: string,
  version?: string,
): P | undefined {
  const versions = outputPortVersions(ports, name);
  if (version !== undefined) {
    const major = majorVersionOf(version);
    return versions.find(port => majorVersionOf(port.version) === major);
  }
  const current = versions.filter(port => !port.deprecated);
  return (current.length > 0 ? current : versions).at(-1);
}
