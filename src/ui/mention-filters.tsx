import { useId, useState } from 'react';
import { ALL_YEARS, NONE } from '@/bundle/mention-filter.ts';
import type { MentionKind } from '@/bundle/mentions.ts';
import { FilterSelect } from './filter-select.tsx';
import { strings } from './strings.en.ts';
import type { MentionFilterState } from './use-mention-filter.ts';

const f = strings.mentions.filter;

/**
 * Year, body and words of the issue title. With thousands of issues a select of them could not
 * be used, so an issue is chosen by typing words of its title; one issue by id is kept only as
 * a removable notice, for arriving from that issue's page.
 */
export function MentionFilters<K extends MentionKind>({ state }: { state: MentionFilterState<K> }) {
  const headingId = useId();
  const titleId = useId();
  const { choices, filter, set } = state;
  // Typed words live here as well as in the URL, so the box answers each key at once while the
  // address, a navigation, follows.
  const [typed, setTyped] = useState(state.typedTitle);
  const issueTitle = state.shown[0]?.place?.issue?.title ?? filter.issue;
  return (
    <>
      <form
        className="filters"
        role="search"
        aria-labelledby={headingId}
        onSubmit={(e) => e.preventDefault()}
      >
        <h3 id={headingId}>{f.heading}</h3>
        <FilterSelect
          label={f.year}
          value={filter.year}
          options={[
            { value: ALL_YEARS, label: f.allYears },
            ...choices.years.map((y) => ({ value: y, label: y })),
            ...(choices.undated ? [{ value: NONE, label: f.noDate }] : []),
          ]}
          onChange={(value) => set('year', value)}
        />
        <FilterSelect
          label={f.body}
          allLabel={f.allBodies}
          value={filter.body ?? ''}
          options={[
            ...choices.bodies.map((b) => ({ value: b.id, label: b.name })),
            ...(choices.noBody ? [{ value: NONE, label: f.noMeeting }] : []),
          ]}
          onChange={(value) => set('body', value)}
        />
        <div className="field">
          <label htmlFor={titleId}>{f.issueTitle}</label>
          <input
            id={titleId}
            type="search"
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              set('issueTitle', e.target.value);
            }}
          />
        </div>
      </form>
      {filter.issue && (
        <p className="notice">
          {f.oneIssue(issueTitle ?? filter.issue)}{' '}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => set('issue', '')}
          >
            {f.everyIssue}
          </button>
        </p>
      )}
      <p role="status">{f.showing(state.shown.length, state.total)}</p>
    </>
  );
}
