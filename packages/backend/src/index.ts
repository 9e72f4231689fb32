/*
 * The Meshwork example portal's backend: a stock Backstage backend plus the
 * DataProduct kind. Everything runs on the embedded SQLite by default;
 * app-config.production.yaml moves it to PostgreSQL and Redis (README,
 * "Production").
 */

import { createBackend } from '@backstage/backend-defaults';
import { authModuleExampleUsersProvider } from './exampleUsers';
import { catalogModuleMeshworkPublishedProducts } from './publishedProducts';
import { scaffolderModuleMeshworkLocalPublish } from './scaffolder';
import { dataProductsModuleExamplePipelines } from './examplePipelines';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// scaffolder plugin
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);
// "New data product" publishes to .meshwork/published/; the catalog reads
// that folder, and only it, through an entity provider (publishedProducts/)
backend.add(scaffolderModuleMeshworkLocalPublish);
backend.add(catalogModuleMeshworkPublishedProducts);

// techdocs plugin
backend.add(import('@backstage/plugin-techdocs-backend'));

// auth plugin
backend.add(import('@backstage/plugin-auth-backend'));
// See https://backstage.io/docs/backend-system/building-backends/migrating#the-auth-plugin
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// See https://backstage.io/docs/auth/guest/provider
// Development sign-in as any of the example mesh's people: see exampleUsers/
backend.add(authModuleExampleUsersProvider);

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// See https://backstage.io/docs/features/software-catalog/configuration#subscribing-to-catalog-errors
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Entities that never processed (an invalid new catalog-info.yaml) and their errors
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));

// Meshwork: the DataProduct kind and its scorecard (/api/data-products)
backend.add(import('@meshwork/plugin-catalog-backend-module-data-products'));
backend.add(import('@meshwork/plugin-data-products-backend'));
// Fact sources: the results of the tools pipelines already run count as
// quality and freshness (POST /api/data-products/runs/<tool>)
backend.add(import('@meshwork/plugin-data-products-backend-module-dbt'));
backend.add(
  import('@meshwork/plugin-data-products-backend-module-openlineage'),
);
backend.add(
  import('@meshwork/plugin-data-products-backend-module-great-expectations'),
);
backend.add(
  import('@meshwork/plugin-data-products-backend-module-datacontract-cli'),
);
// The example mesh's dbt and OpenLineage runs (examples/runs), replayed so
// that some products reach gold on `npm start` (development config only)
backend.add(dataProductsModuleExamplePipelines);

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
// Open to all, except restricted data products, the scorecard's governance
// actions and catalog locations (dataProducts.permissions.policy in app-config)
backend.add(import('@meshwork/plugin-permission-backend-module-data-products'));

// search plugin
backend.add(import('@backstage/plugin-search-backend'));

// search engine
// See https://backstage.io/docs/features/search/search-engines
backend.add(import('@backstage/plugin-search-backend-module-pg'));

// search collators
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));
backend.add(import('@meshwork/plugin-search-backend-module-data-products'));

// user settings plugin
backend.add(import('@backstage/plugin-user-settings-backend'));

// notifications and signals plugins
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// The events bus: on PostgreSQL it carries events between replicas, so a
// signal or notification reaches a user connected to the other replica
// (on SQLite it stays in memory, one process)
backend.add(import('@backstage/plugin-events-backend'));

// mcp actions plugin
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
