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

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_product_baselines', table => {
    table.comment(
      'The last accepted version of each product, as the catalog held it: what its next version is compared with to find what changed for its readers',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .comment('The data product, as a full entity ref');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment(
        'Digest of the output ports, status and version of the accepted version and of the etags of its contracts',
      );
    table
      .string('seen_fingerprint', 64)
      .notNullable()
      .comment(
        'The same digest of the version last looked at: equal to it, nothing is compared again',
      );
    table
      .integer('generation')
      .notNullable()
      .comment(
        'How many times the version looked at changed: names each change',
      );
    table
      .string('product_version', 255)
      .nullable()
      .comment('The spec.version of the accepted version');
    table
      .text('revision')
      .notNullable()
      .comment(
        'What a comparison needs of the accepted version, as JSON: the entity (its spec) and its contracts (ref, definition)',
      );
    table
      .string('unversioned_state', 64)
      .nullable()
      .comment(
        'Digest of the breaking changes without a major version last written to the breaking-changes fact; null before the first comparison',
      );
    table
      .string('reported_state', 64)
      .nullable()
      .comment(
        'Digest of the changes last recorded against the accepted version while it is kept: seen again, they are not recorded twice',
      );
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('data_product_changes', table => {
    table.comment(
      'Breaking and notable changes seen in the versions of products the catalog held, one row per look that found some',
    );
    table
      .string('id', 36)
      .primary()
      .comment(
        'Derived from the product and the change it names: a retried run or a second replica finds the row there',
      );
    table.string('entity_ref', 255).notNullable();
    table.timestamp('detected_at', { useTz: true }).notNullable();
    table
      .string('from_version', 255)
      .nullable()
      .comment('The accepted version compared with');
    table
      .string('to_version', 255)
      .nullable()
      .comment('The version that holds the changes');
    table
      .text('changes')
      .notNullable()
      .comment('The breaking and notable changes, as JSON, with their readers');
    table
      .integer('breaking')
      .notNullable()
      .comment('How many of them are breaking');
    table
      .integer('unversioned')
      .notNullable()
      .comment('How many breaking ones no new major version allows');
    table.index(['detected_at', 'id'], 'data_product_changes_detected_idx');
    table.index(
      ['entity_ref', 'detected_at'],
      'data_product_changes_product_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_product_changes');
  await knex.schema.dropTable('data_product_baselines');
};
