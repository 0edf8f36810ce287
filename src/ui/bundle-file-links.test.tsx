import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BundleSourceContext,
  fileBundleSource,
  sourceFromSearch,
  type BundleSource,
} from '@/data/bundle-source.ts';
import { BundleFileLinks } from './bundle-file-links.tsx';

function renderWith(source: BundleSource) {
  render(
    <BundleSourceContext.Provider value={{ source, openFile: () => {} }}>
      <BundleFileLinks />
    </BundleSourceContext.Provider>,
  );
}

describe('BundleFileLinks', () => {
  it('links the bundle the page loaded, from ?bundle= too, and its schema', () => {
    renderWith(sourceFromSearch('?bundle=/data/other.json'));
    expect(screen.getByRole('link', { name: 'The whole record (JSON)' })).toHaveAttribute(
      'href',
      new URL('/data/other.json', location.href).href,
    );
    expect(screen.getByRole('link', { name: 'Its schema (JSON Schema)' })).toHaveAttribute(
      'href',
      new URL('/data/bundle.schema.json', location.href).href,
    );
  });

  it('says a bundle opened from a file came from this device, with no address to give', () => {
    renderWith(fileBundleSource(new File(['{}'], 'council.json')));
    expect(screen.getByText('Read from council.json on this device')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'The whole record (JSON)' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Its schema (JSON Schema)' })).toBeVisible();
  });
});
