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

import { useState } from 'react';
import { Alert, Button, Flex } from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { RiDownloadLine } from '@remixicon/react';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { describeError, downloadBlob } from '../shared';

/**
 * Saves a data product as an ODPS v1.1.0 document, `<name>.odps.yaml`, for
 * tools that speak the Open Data Product Standard.
 * @public
 */
export function DownloadOdpsButton(props: { entityRef: string }) {
  const { entityRef } = props;
  const api = useApi(dataProductsApiRef);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();

  const download = async () => {
    setPending(true);
    setError(undefined);
    try {
      const { name } = parseEntityRef(entityRef);
      downloadBlob(await api.getOdpsYaml(entityRef), `${name}.odps.yaml`);
    } catch (e) {
      setError(e as Error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Flex direction="column" gap="2" align="start">
      <Button
        size="small"
        variant="secondary"
        iconStart={<RiDownloadLine />}
        isPending={pending}
        onPress={download}
      >
        Download ODPS
      </Button>
      {error && (
        <Alert
          status="danger"
          title="Could not download the ODPS document"
          description={describeError(error)}
        />
      )}
    </Flex>
  );
}
