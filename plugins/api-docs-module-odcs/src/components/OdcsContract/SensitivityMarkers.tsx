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

import type { CSSProperties } from 'react';
import { isSensitiveClassification } from '@meshwork/plugin-data-products-common';

const pill: CSSProperties = {
  display: 'inline-block',
  padding: '0 6px',
  borderRadius: 4,
  fontSize: '0.75rem',
  lineHeight: '18px',
  fontWeight: 600,
  whiteSpace: 'nowrap',
};

/** A solid red "PII": the one thing a consumer must not miss. */
export function PiiMarker() {
  return (
    <span
      title="Declared as personal data (tagged pii)"
      style={{
        ...pill,
        color: 'var(--bui-negative-fg, #fff)',
        background: 'var(--bui-negative-bg, #dc2626)',
      }}
    >
      PII
    </span>
  );
}

/**
 * The classification as written; restricted, confidential and the like are
 * marked in red so they stand out in a long column list, and spelled out
 * so colour is never the only signal.
 */
export function ClassificationMarker(props: { classification?: string }) {
  const { classification } = props;
  if (!classification) return null;
  if (!isSensitiveClassification(classification)) {
    return <span style={{ whiteSpace: 'nowrap' }}>{classification}</span>;
  }
  return (
    <span
      title={`Classified ${classification}: access is controlled`}
      style={{
        ...pill,
        color: 'var(--bui-negative-fg-subdued, #991919)',
        background: 'var(--bui-negative-bg-subdued, #ffcbcb)',
        border: '1px solid var(--bui-negative-border, #d06565)',
      }}
    >
      {classification}
    </span>
  );
}

/** PII and classification side by side, or a dash when neither is declared. */
export function SensitivityMarkers(props: {
  containsPii: boolean;
  classification?: string;
}) {
  const { containsPii, classification } = props;
  if (!containsPii && !classification) return <>—</>;
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {containsPii && <PiiMarker />}
      <ClassificationMarker classification={classification} />
    </span>
  );
}
