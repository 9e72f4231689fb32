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
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  dataProductEntityV1alpha1Validator,
  dataProductRelations,
  isDataProductEntity,
} from '@meshwork/plugin-data-products-common';

/**
 * Accepts the `DataProduct` kind and emits its relations.
 *
 * @remarks
 * An invalid document throws from `validateEntityKind`; the catalog records
 * that as a processing error on that entity alone and goes on with the rest.
 *
 * @public
 */
export class DataProductEntitiesProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'DataProductEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    return dataProductEntityV1alpha1Validator.check(entity);
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (isDataProductEntity(entity)) {
      for (const relation of dataProductRelations(entity)) {
        emit(processingResult.relation(relation));
      }
    }
    return entity;
  }
}
