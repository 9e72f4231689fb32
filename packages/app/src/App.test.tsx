import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  // createApp wires every feature before the first render
  jest.setTimeout(30_000);

  it('renders the sign-in page under the configured title', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    // Signed out, with no example users configured, the app's shell is the
    // stock guest sign-in page under the configured app title.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Test' },
        // the first render loads every feature: seconds on a loaded machine
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Guest')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enter' })).toBeInTheDocument();
  });
});
