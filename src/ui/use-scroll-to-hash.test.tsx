import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { useScrollToHash } from './use-scroll-to-hash.ts';

/** A page with one element to land on, scrolled once its data is `ready`. */
function Page({ targetId, ready = true }: { targetId: string; ready?: boolean }) {
  useScrollToHash(ready);
  return <p id={targetId}>Target</p>;
}

function open(url: string, targetId: string, ready?: boolean) {
  // jsdom does no layout, so it has no scrollIntoView of its own; record who is asked to scroll.
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  render(
    <MemoryRouter initialEntries={[url]}>
      <Page targetId={targetId} ready={ready} />
    </MemoryRouter>,
  );
  return scrolled.map((element) => element.id);
}

describe('useScrollToHash', () => {
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
  afterEach(() => {
    // Put jsdom back as it was, so no other test sees the recorder.
    if (own) Object.defineProperty(Element.prototype, 'scrollIntoView', own);
    // @ts-expect-error -- jsdom had no such method to begin with.
    else delete Element.prototype.scrollIntoView;
  });

  it('scrolls to the element the hash names, escapes decoded', () => {
    expect(open('/issues/x#item-5', 'item-5')).toEqual(['item-5']);
    expect(open('/issues/x#caf%C3%A9', 'café')).toEqual(['café']);
  });

  it('waits until the view is ready', () => {
    expect(open('/issues/x#item-5', 'item-5', false)).toEqual([]);
  });

  it.each([
    ['a malformed escape', '%E0%A4%A'],
    ['a lone percent sign', '%'],
    ['a quote and bracket that would break a CSS selector', '"]'],
    ['a selector of its own', 'a, b > c'],
  ])('reads %s as written, without throwing', (_, hash) => {
    expect(open(`/issues/x#${hash}`, hash)).toEqual([hash]);
  });

  it('does nothing for a hash that names no element', () => {
    expect(open('/issues/x#nothing-here', 'item-5')).toEqual([]);
    expect(open('/issues/x#%E0%A4%A', 'item-5')).toEqual([]);
  });
});
