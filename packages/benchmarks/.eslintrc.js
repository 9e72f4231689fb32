module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // A private benchmark, never published or bundled: like a test, it
    // imports only its devDependencies (the backend, Tech Insights, SQLite).
    '@backstage/no-undeclared-imports': 'off',
  },
});
