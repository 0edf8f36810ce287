// The frame written into index.html must be the one React draws first, or the page would jump
// (or read differently) when the app takes over.
import { screen } from '@testing-library/react';
import { delay, http } from 'msw';
import { BUNDLE_ROUTE } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';
import { staticShell } from './static-shell.ts';

describe('the static frame in index.html', () => {
  it('is the markup the app draws while its first bundle loads', async () => {
    server.use(
      http.get(BUNDLE_ROUTE, async () => {
        await delay('infinite');
        return new Response();
      }),
    );
    // An address no header link names, as the static frame marks none as the current page.
    const { container } = renderApp('/nowhere');
    await screen.findByText('Loading the record…');
    // The drawn page written out as markup (XMLSerializer's, less the namespace it adds).
    const drawn = [...container.childNodes]
      .map((node) => new XMLSerializer().serializeToString(node))
      .join('')
      .replaceAll(' xmlns="http://www.w3.org/1999/xhtml"', '');
    expect(staticShell()).toBe(drawn);
  });
});
