/**
 * Every user-facing string, grouped by view, so a council can reword or translate the app in one
 * place. Sentences that take values are functions; nothing else in src builds user-facing prose.
 */
import type { CommitmentStatus } from '@/bundle/commitment-status.ts';
// Relative, not '@/': vite.config.ts reads these strings (through src/app/static-shell.ts).
import { andList, orList, plainList, plural } from '../bundle/plurals-and-lists.ts';
import type { Basis, Figure, OutcomeValue, RemarkKind } from '@/bundle/schema.ts';

type Recurrence = NonNullable<Figure['recurrence']>;

const outcomeWords: Record<OutcomeValue, string> = {
  endorsed: 'Endorsed',
  recommended: 'Recommended',
  approved: 'Approved',
  noted: 'Noted',
  unknown: 'Outcome not recorded',
};

/** The one set of status names: badges, filters and counts all use these. */
const statusWords: Record<CommitmentStatus, string> = {
  met: 'Met',
  overdue: 'Overdue: no evidence of delivery in this record',
  unknown: 'Not known from this record',
  undated: 'No due date given',
  withdrawn: 'Withdrawn',
};

/** How a commitment's new status reads after "now": "1 commitment now met". */
const nowStatusWords: Record<CommitmentStatus, string> = {
  met: 'met',
  overdue: 'overdue',
  unknown: 'due after the record ends',
  undated: 'without a due date',
  withdrawn: 'withdrawn',
};

/** Counts that several views put in their sentences. */
/** A count as en-GB writes it: "9,840". */
const count = (n: number) => n.toLocaleString('en-GB');
const meetingCount = (n: number) => plural(n, { one: `${n} meeting`, other: `${n} meetings` });
type TimelineLane = 'meeting' | 'due' | 'phase';
const laneCount: Record<TimelineLane, (n: number) => string> = {
  meeting: meetingCount,
  due: (n) => plural(n, { one: `${n} due date`, other: `${n} due dates` }),
  phase: (n) => plural(n, { one: `${n} phase`, other: `${n} phases` }),
};
const laneWords: Record<TimelineLane, string> = {
  meeting: 'meetings',
  due: 'due dates',
  phase: 'phases',
};
const decisionsAtNoMeeting = (n: number) =>
  plural(n, {
    one: `${n} decision at no meeting named in the record`,
    other: `${n} decisions at no meeting named in the record`,
  });

/** Where the record names a meeting or a decision but never says when it was. */
const DATE_UNKNOWN = 'date not in this record';

export const strings = {
  app: {
    name: 'Civic Trail',
    skipLink: 'Skip to main content',
    navLabel: 'Main',
    nav: {
      home: 'Overview',
      issues: 'Issues',
      search: 'Search',
      timeline: 'Timeline',
      savings: 'Savings',
      structure: 'Structure',
      commitments: 'Commitments',
    },
    titleSuffix: 'Civic Trail',
    footerAsOf: (asOf: string) => `The record speaks up to ${asOf}.`,
    footerAbout:
      'Built from the council’s published record. Each figure links to the words it came from.',
    footerBundle: 'The whole record (JSON)',
    footerSchema: 'Its schema (JSON Schema)',
    footerFromFile: (name: string) => `Read from ${name} on this device`,
  },
  downloads: {
    /** Names the row of buttons under a table or a heading. */
    groupLabel: (what: string) => `Downloads: ${what}`,
    csv: 'Download CSV',
    json: 'Download JSON',
    calendar: 'Add to calendar (.ics)',
    meetingsToCalendar: 'Add meetings to calendar (.ics)',
    saved: (fileName: string) => `Saved ${fileName}.`,
    failed: 'Could not make the file.',
    colQuote: 'Quote',
    colLow: 'Low',
    colHigh: 'High',
    colUnit: 'Unit',
    colNote: 'Note',
    colCounts: 'What is counted',
    colSaidOn: 'Date said',
    colIssueId: 'Issue id',
    colIssue: 'Issue',
    colTitle: 'Title',
    colBody: 'Body',
    colDate: 'Date',
    colField: 'Found in',
    colSnippet: 'Words found',
    colCommitment: 'Commitment',
    colBasis: 'Basis',
    /** Beside a calendar download: what it could not hold, for want of a date. */
    leftOut: (n: number) => `Left out for want of a date: ${n}`,
  },
  copyLink: {
    button: 'Copy link',
    copied: 'Link copied.',
    /** A file read from the reader's device has no address, so a link cannot carry it. */
    copiedWithoutFile: 'Link copied. It shows the published record, not your file.',
    refused: 'The browser refused to copy. The link is selected below: press Ctrl+C or ⌘C.',
    fieldLabel: 'Link to this page',
  },
  print: {
    notesHeading: 'Sources quoted',
    quoteElsewhere: (offsets: string) =>
      `The words at characters ${offsets}; this split bundle keeps the document’s text in another issue’s file.`,
  },
  common: {
    loading: 'Loading the record…',
    retry: 'Try again',
    backHome: 'Back to the overview',
    reload: 'Reload the page',
    source: 'Source',
    showQuote: 'Show the quote',
    readInContext: 'Read it in the source',
    dissolved: 'Dissolved',
    editorBasis: 'Editor’s reading, not the record’s own words',
    inferredBasis: 'Inferred from the record',
    indicative: 'Indicative',
    tableRegion: (caption: string) => `${caption} (scrollable table)`,
    none: 'None',
    dateUnknown: DATE_UNKNOWN,
    /**
     * No editor has reviewed any figure (or post): the record's pages may still state amounts
     * (see mentions), so its silence cannot be claimed.
     */
    noFiguresReviewed: 'No figures reviewed by an editor yet.',
    noPostsReviewed: 'No posts reviewed by an editor yet.',
    /** Where an item or a decision sits outside any meeting the record names. */
    noMeetingNamed: 'No meeting named in this record',
    itemLabel: (number: string | null, title: string) =>
      number ? `Item ${number}: ${title}` : title,
    /**
     * A decision the record places at no meeting: taken by one member or an officer, or recorded
     * on a page that never says where. The record may not say which, so neither is claimed.
     */
    decisionBy: (maker: string | null) =>
      maker ? `Decision by ${maker}` : 'Decision (who took it is not in this record)',
    showQuotes: (n: number) => `Show the ${n} quotes`,
  },
  outcome: {
    label: 'Outcome',
    /** A decision whose text is in the record but that nobody has read an outcome from yet. */
    word: (o: OutcomeValue, decided = false) =>
      o === 'unknown' && decided ? 'Outcome not classified' : outcomeWords[o],
  },
  status: {
    label: 'Status',
    word: (s: CommitmentStatus) => statusWords[s],
    whyLabel: 'Why',
    /** Why each status is what it is; dates come formatted. */
    why: {
      withdrawn: 'The record says this was withdrawn.',
      metEvidence: 'The record shows evidence of delivery.',
      metStated: 'The record says this was met.',
      noDueDate: (asOf: string) =>
        `The record gives no due date, and shows no evidence of delivery up to its end, ${asOf}.`,
      duePassed: (due: string, dueEnds: string | null, asOf: string) =>
        `Due by ${due}${dueEnds ? ` (which ends ${dueEnds})` : ''}; the record runs to ${asOf} and shows no evidence of delivery.`,
      dueAfterRecord: (due: string, asOf: string) =>
        `Due by ${due}; the record ends ${asOf}, before that date, so it cannot show whether this was done.`,
    },
  },
  recurrence: {
    word: (r: Recurrence | null) =>
      r === 'full-year'
        ? 'full-year, recurring'
        : r === 'annual'
          ? 'annual, recurring'
          : r === 'one-off'
            ? 'one-off'
            : '',
  },
  errors: {
    moreProblems: (count: number) => `…and ${count} more.`,
    routeTitle: 'Something went wrong on this page',
    routeError: (message: string) =>
      `This page stopped with an error: ${message}. Reload the page, or go back to the overview.`,
    unknownError:
      'This page stopped with an unexpected problem. Reload the page, or go back to the overview.',
    routeStatus: (status: number, text: string) =>
      `The page answered ${status}${text ? ` (${text})` : ''}. Go back to the overview and try again.`,
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    issueTitle: 'Issue not found',
    issueBody: (id: string) => `This record has no issue with the id “${id}”.`,
    documentTitle: 'Source document not found',
    documentBody: (id: string) => `This record has no source document with the id “${id}”.`,
  },
  bundle: {
    barLabel: 'Bundle in use',
    label: 'Bundle',
    defaultName: (name: string) => `${name} (the published record)`,
    fileName: (name: string) => `${name} (a file on this device)`,
    schemaVersion: (version: number) => `schema version ${version}`,
    asOf: (asOf: string) => `record up to ${asOf}`,
    loading: 'loading…',
    failed: 'could not be loaded',
    useDefault: 'Back to the default bundle',
    progressRead: (read: string, total: string | null) =>
      total ? `Reading the bundle: ${read} of ${total}…` : `Reading the bundle: ${read} so far…`,
    progressParsing: 'Reading the bundle’s JSON…',
    progressChecking: 'Checking the records…',
    bytes: (n: number) =>
      n >= 1_000_000
        ? `${(n / 1_000_000).toFixed(1)} MB`
        : n >= 1_000
          ? `${Math.round(n / 1_000)} KB`
          : plural(n, { one: `${n} byte`, other: `${n} bytes` }),
  },
  loadNotice: {
    setAsideHeading: 'Some records in this bundle were set aside',
    counted: (kind: string, setAside: number, total: number) => {
      const names: Record<string, string> = {
        council: 'council record',
        documents: 'source documents',
        bodies: 'bodies',
        meetings: 'meetings',
        issues: 'issues',
        items: 'agenda items',
        mentions: 'mentions',
        figures: 'figures',
        structure: 'structure records',
        commitments: 'commitments',
      };
      return `${setAside} of ${total} ${names[kind] ?? kind}`;
    },
    setAsideLead: (parts: string) =>
      `This bundle breaks the bundle format in places, so these records are not shown: ${parts}. Everything else in it is shown.`,
    knockOnLead: (n: number) =>
      plural(n, {
        one: `${n} of them is set aside only because it points to another record that was set aside; fix that record and it comes back.`,
        other: `${n} of them are set aside only because they point to another record that was set aside; fix that record and they come back.`,
      }),
    showList: (n: number) =>
      plural(n, {
        one: `Show all ${n} set-aside record, with why`,
        other: `Show all ${n} set-aside records, with why`,
      }),
    record: (path: string, id: string | null) => (id ? `${path} (id “${id}”)` : path),
    knockOn: 'Knock-on: set aside only because it points to a record that was set aside.',
    aboutHeading: 'About this bundle',
    newerVersion: (version: number, current: number) =>
      `This bundle says it uses schema version ${version}; this app reads version ${current}. It is shown as far as version ${current} goes: whatever is new in version ${version} is not shown.`,
    unknownFields: (n: number) =>
      plural(n, {
        one: `The bundle has ${n} field this app does not know, ignored here. Show it`,
        other: `The bundle has ${n} fields this app does not know, ignored here. Show them`,
      }),
    unknownField: (path: string, records: number) =>
      plural(records, {
        one: `${path} (in ${records} record)`,
        other: `${path} (in ${records} records)`,
      }),
  },
  bundleError: {
    title: 'This bundle could not be loaded',
    tried: (name: string) => `Civic Trail tried to load “${name}”.`,
    network:
      'It could not be reached or read. Check your connection, or that the file is still there, and try again.',
    http: (status: number) =>
      status === 404
        ? 'There is no bundle at that address (the server answered 404, not found). Check the address.'
        : `The server answered ${status} when asked for it. Try again in a moment.`,
    refused: (origin: string | null, allowed: readonly string[]) =>
      `${origin ? `It is on another site (${origin}). ` : 'That is not a web address this app can load. '}For your safety, Civic Trail only loads bundles from its own site${allowed.length ? ` or from ${orList(allowed)}` : ''}. To check a bundle from elsewhere, save it and open it as a file.`,
    empty: 'The file is empty: there is nothing in it to read.',
    truncated:
      'The file stops part-way through, as if it was cut short while being saved or downloaded. Get a complete copy and load it again.',
    json: 'The file is not a bundle: it is not written in JSON, the format bundles use. It may be a web page or another kind of file.',
    notABundle:
      'The file is JSON, but not a bundle: a bundle is one object with a schema version and lists of records.',
    version: (readable: readonly number[]) =>
      `The bundle is written for a schema version this app cannot read. This app reads versions ${andList(readable.map(String))}; newer bundles load with a notice, but other versions cannot be read.`,
    splitFile:
      'This file is the index of a split bundle: its issues are in files beside it on the site it came from, which a browser cannot open from here. Load it from its web address instead.',
    detail:
      'The bundle loaded, but the file that holds this issue’s meetings, decisions and minutes could not be read, so the trail cannot be shown. The rest of the record is still there: go back to the overview, or try again.',
    invalid:
      'The bundle is missing something every bundle needs (when it was made, the date it speaks up to, or one of its lists of records), so none of it can be trusted.',
    technical: 'Technical detail',
    source: 'Source',
    parserSaid: 'The parser said',
    firstProblem: 'First problem',
    retry: 'Try again',
  },
  openBundle: {
    title: 'Open a bundle file',
    intro:
      'Check a bundle saved on this device: Civic Trail shows what it can read and says exactly what it cannot.',
    privacy:
      'Your file is read by this browser only. Nothing is uploaded or sent anywhere, and it is forgotten when you reload or close the page.',
    inputLabel: 'Bundle file (JSON)',
    dropHint: 'Choose a file, or drag one here and drop it.',
    dropActive: 'Drop the file to open it',
    oneFile: 'Drop one file at a time.',
  },
  overview: {
    title: 'The record at a glance',
    intro:
      'What the council decided, where and when, what it was said to save, and what was promised.',
    coverageHeading: 'What this record covers',
    council: 'Council',
    councilUnknown: 'Not named in the record',
    issues: 'Issues',
    bodies: 'Bodies',
    span: 'Meetings from',
    spanValue: (first: string, last: string) => (first === last ? first : `${first} to ${last}`),
    asOf: 'The record speaks up to',
    headlinesHeading: 'Headline figures',
    recurringSavings: 'Recurring savings stated',
    oneOffCosts: 'One-off costs',
    structureChange: 'Change in posts',
    openCommitments: 'Open commitments',
    /** An editor reviewed figures, and none of them is of this kind. */
    noneOfKind: 'None among the figures an editor reviewed.',
    mentionedHeading: 'Amounts the record mentions',
    mentionedCount: (n: number) =>
      plural(n, {
        one: `The record mentions ${n} amount of money that no editor has reviewed.`,
        other: `The record mentions ${n} amounts of money that no editor has reviewed.`,
      }),
    mentionedLink: 'See them one by one on the savings page',
    bodiesCount: (n: number, dissolved: number) =>
      `${count(n)} bodies${dissolved ? `, ${plural(dissolved, { one: 'one of them', other: `${count(dissolved)} of them` })} since dissolved` : ''}; the table of meetings by body below names each one.`,
    headlineMore: (shown: number, more: number) =>
      `The ${shown} largest are shown; see all ${count(shown + more)}`,
    statusCount: (word: string, n: number) => `${word}: ${n}`,
    postsChange: (from: string, to: string, role: string) => `${from} to ${to} ${role}`,
    openCount: (n: number) => `${n} open`,
    nextDue: (when: string) => `Earliest due: ${when}`,
    noneOpen: 'No open commitments.',
    issuesHeading: 'Issues',
    issueMeta: (meetings: number, decisions: number, span: string) =>
      plainList(
        [
          andList(
            [meetingCount(meetings), decisions ? decisionsAtNoMeeting(decisions) : ''].filter(
              Boolean,
            ),
          ),
          span,
        ].filter(Boolean),
      ),
    emptyIssues: 'This record has no issues yet.',
    emptyIssuesHint: 'When the council’s record is imported, its issues appear here.',
    meetingsHeading: 'Meetings',
    meetingsCaption: 'Meetings, oldest first, undated last',
    colDate: 'Date',
    colBody: 'Body',
    colItems: 'Items',
    /** A figure in a table or a fact, written as en-GB writes numbers: "10,000". */
    number: count,
    issueTotal: (n: number) =>
      plural(n, {
        one: 'The record holds one issue.',
        other: `The record holds ${count(n)} issues, too many to list here.`,
      }),
    seeAllIssues: (n: number) => `See all ${count(n)} issues`,
    meetingTotal: (meetings: number, bodies: number, undated: number) =>
      [
        `${plural(meetings, { one: 'One meeting', other: `${count(meetings)} meetings` })} of ${plural(bodies, { one: 'one body', other: `${count(bodies)} bodies` })}.`,
        undated
          ? plural(undated, {
              one: 'One has no date in this record, so it is in no year below.',
              other: `${count(undated)} have no date in this record, so they are in no year below.`,
            })
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    seeAllMeetings: 'See every meeting on the timeline',
    byBodyCaption: 'Meetings and issues by body, busiest first',
    byYearCaption: 'Meetings and issues by year, newest first',
    byBodyAndYear: 'Meetings of each body in each year',
    colYear: 'Year',
    colMeetings: 'Meetings',
    colIssues: 'Issues',
    colLastMet: 'Last met',
    neverMet: 'No dated meeting',
    issuesOfBody: (n: number, body: string) =>
      plural(n, { one: `1 issue before ${body}`, other: `${count(n)} issues before ${body}` }),
    issuesOfYear: (n: number, year: number) =>
      plural(n, { one: `1 issue in ${year}`, other: `${count(n)} issues in ${year}` }),
    recentHeading: 'Latest decisions',
    recentIntro: (n: number) =>
      plural(n, {
        one: 'The one decision the record dates, at the point on its issue’s trail.',
        other: `The ${n} newest decisions the record dates, each at its point on the issue’s trail.`,
      }),
    decisionWhere: (day: string, where: string) => `${day}, ${where}`,
  },
  issue: {
    trailHeading: 'Where it went',
    trailSummary: (meetings: number, decisions: number, span: string | null) => {
      const parts = [
        meetings ? meetingCount(meetings) : '',
        decisions ? decisionsAtNoMeeting(decisions) : '',
      ].filter(Boolean);
      return `Followed across ${andList(parts)}${span ? `, ${span}` : ''}.`;
    },
    undatedSummary: (count: number) =>
      plural(count, {
        one: `${count} of them has no date in this record, so it is listed after the dated ones, in no known order.`,
        other: `${count} of them have no date in this record, so they are listed after the dated ones, in no known order.`,
      }),
    orderLabel: 'Order',
    oldestFirst: 'Oldest first',
    newestFirst: 'Newest first',
    showNewestFirst: 'Show newest first',
    showOldestFirst: 'Show oldest first',
    /** A stop with no date names its body first: it has no place in time to lead with. */
    stopHeading: (date: string | null, where: string) =>
      date ? `${date}: ${where}` : `${where} (${DATE_UNKNOWN})`,
    /** A meeting whose body or date the importer read from prose, not from a meeting line. */
    meetingInferred: 'Meeting read from the text',
    decidedOn: 'Decided on',
    published: 'Published',
    decisionStatus: 'Decision status',
    agendaText: 'On the agenda',
    issueFactsHeading: 'About this issue',
    plannedHeading: 'Planned decisions',
    plannedIntro:
      'From the forward plan: decisions the record says are to be taken. These are plans, not meetings that happened, and are not counted as stops.',
    plannedDue: 'Due',
    plannedDueUnknown: 'Not given',
    plannedBy: 'By',
    plannedMakerUnknown: 'Not named',
    previouslyDue: (when: string) => `previously due ${when}`,
    openDocument: 'open on the council’s site, in a new tab',
    item: (n: string) => `Item ${n}`,
    reportOf: 'Report of',
    documents: 'Documents',
    noDocuments: 'No documents listed.',
    additionalUnlisted: 'The page mentions additional documents but does not list them.',
    documentMeta: (format: string | null, sizeKb: number | null) =>
      plainList([format ?? '', sizeKb !== null ? `${sizeKb} KB` : ''].filter(Boolean)),
    decision: 'Decision',
    resolvedThat: 'Resolved that:',
    decisionMissing: (body: string) => `The ${body} decision text is not in this record.`,
    decisionTextMissing: 'The decision text is not in this record.',
    minutes: 'Minutes',
    minutesMissing: 'No minutes are in this record for this meeting.',
    minutesLong: (words: number) => `Read the minutes (about ${words} words)`,
    minutesCut:
      'The minutes were cut short on the published page; the rest of the text is not in this record.',
    cameFrom: 'How it got here',
    movement: (from: string, to: string, outcome: OutcomeValue, decided: boolean) => {
      switch (outcome) {
        case 'recommended':
          return `${from} recommended it to ${to}.`;
        case 'endorsed':
          return `${from} endorsed it, and it went on to ${to}.`;
        case 'approved':
          return `${from} approved it, and it went on to ${to}.`;
        case 'noted':
          return `${from} noted it, and it went on to ${to}.`;
        case 'unknown':
          return decided
            ? `It went from ${from} to ${to} after ${from}'s decision, shown at that stop.`
            : `It went from ${from} to ${to}; the record does not say what ${from} decided.`;
      }
    },
    figuresHeading: 'Figures raised here',
    commitmentsHeading: 'Commitments made here',
    structureHeading: 'Posts set out here',
    postsAt: (fte: string, role: string, label: string) => `${label}: ${fte} ${role}`,
    noItems: 'This issue has no meetings in the record yet.',
    remarksHeading: 'Raised here, for scrutiny',
    mentionedAmounts: (n: number) =>
      `Its pages mention ${plural(n, { one: 'one amount', other: `${count(n)} amounts` })} of money that no editor has reviewed.`,
    mentionedAmountsLink: 'See them one by one',
    remarkKind: (kind: RemarkKind) =>
      ({ invitation: 'Invitation', concern: 'Concern', question: 'Question' })[kind],
    remarkBy: (by: string) => `said by ${by}`,
  },
  search: {
    title: 'Search',
    intro:
      'Find words in issue and item titles, decisions, agenda text and minutes. Every word you type must appear; one of three letters or more also finds the words it begins.',
    label: 'Search the record',
    preparing: 'Preparing search…',
    failed:
      'Search is not available: the texts it reads could not be fetched. The rest of the record can still be browsed; reload the page to try again.',
    prompt: 'Type a word to search the record.',
    count: (total: number, shown: number, query: string, short: boolean) =>
      total === 0
        ? short
          ? `No results for “${query}”. A word of one or two letters finds only itself; type more to find the words it begins.`
          : `No results for “${query}”.`
        : shown < total
          ? `The first ${count(shown)} of ${count(total)} results for “${query}”.`
          : `${plural(total, { one: 'One result', other: `${count(total)} results` })} for “${query}”.`,
    resultsLabel: 'Search results',
    field: { decision: 'Decision', agenda: 'Agenda', minutes: 'Minutes' },
  },
  issueList: {
    title: 'Issues',
    intro:
      'Every issue in the record, the one most recently before a meeting first. Narrow the list by body, year, or what the record holds for the issue.',
    bodyFilter: 'Body',
    allBodies: 'All bodies',
    yearFilter: 'Year',
    allYears: 'All years',
    hasFilter: 'Holding',
    anything: 'Anything',
    has: { decision: 'A decision', figures: 'Reviewed figures', commitments: 'Commitments' },
    listLabel: 'Issues',
    shown: (shown: number, total: number) =>
      shown === total
        ? plural(total, { one: 'One issue', other: `${count(total)} issues` })
        : `${count(shown)} of ${count(total)} issues`,
    latest: (day: string) => `Last before a meeting ${day}`,
    undated: 'No dated meeting in this record',
    meetings: meetingCount,
    decided: 'Decision recorded',
    figures: (n: number) => plural(n, { one: '1 reviewed figure', other: `${n} reviewed figures` }),
    commitments: (n: number) => plural(n, { one: '1 commitment', other: `${n} commitments` }),
    none: 'No issue matches these filters.',
    noneHint: 'Choose “All” in a filter to widen the list.',
    empty: 'This record holds no issues.',
  },
  commitments: {
    title: 'Commitments',
    intro: (asOf: string) =>
      `What was promised, by whom and by when. Status is read against the record’s end, ${asOf}: a record cannot show what happened after it.`,
    filtersHeading: 'Filter commitments',
    statusFilter: 'Status',
    ownerFilter: 'Owner',
    all: 'All',
    noOwner: 'No owner named',
    showing: (shown: number, total: number) =>
      plural(total, {
        one: `Showing ${shown} of ${total} commitment.`,
        other: `Showing ${shown} of ${total} commitments.`,
      }),
    clearFilters: 'Clear filters',
    owner: 'Owner',
    due: 'Due',
    noDue: 'No date given',
    saidAt: 'Said at',
    saidAtValue: (where: string, date: string, item: string | null) =>
      `${where}, ${date}${item ? `, item ${item}` : ''}`,
    evidence: 'Evidence',
    empty: 'No commitments reviewed by an editor yet.',
    noMatch: 'No commitments match these filters.',
  },
  sources: {
    intro: 'The source text exactly as imported.',
    highlighted: 'The quoted words are highlighted below.',
    badSpan:
      'The link names a passage that is not in this document, so nothing is highlighted. The full text is below.',
    usedBy: 'This document is the record for',
    textLabel: 'Source text',
    noText:
      'This bundle lists the document but does not hold its text, so its words cannot be shown here.',
  },
  chart: {
    failed: 'This chart could not be drawn. The table below has the same figures.',
    basis: (b: Basis) =>
      b === 'stated'
        ? 'Stated in the record'
        : b === 'editor'
          ? 'Editor’s reading'
          : 'Inferred from the record',
    countWord: (n: number) =>
      ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ??
      String(n),
    list: (parts: readonly string[]) => andList(parts),
    downloadSvg: 'Download chart as SVG',
    downloadPng: 'Download chart as PNG',
    /** Read after a download control's visible words, so each control names its own chart. */
    whichChart: (title: string) => `(${title})`,
    downloaded: (fileName: string) => `Downloaded ${fileName}.`,
    downloadFailed: 'The chart could not be made into a file. Try again, or use the table below.',
    /** `from` is the council as the record names it, else the bundle's name. */
    sourceLine: (from: string, drawnFrom: string) => `Source: ${from}, ${drawnFrom}.`,
    drawnFrom: {
      figures: 'figures quoted from the record and reviewed by an editor',
      mentionedAmounts: 'amounts found in the record’s own words, not reviewed',
      posts: 'posts by role as the record sets them out',
      mentionedCounts: 'counts of posts found in the record’s own words, not reviewed',
      events: 'meetings, decisions and due dates as the record dates them',
    },
  },
  timeline: {
    title: 'Decision timeline',
    intro:
      'Every meeting and decision on one time axis, with the dates commitments fall due and the phases of the structure change.',
    filtersHeading: 'Filter the timeline',
    bodyFilter: 'Body',
    issueFilter: 'Issue',
    yearFilter: 'Year',
    all: 'All',
    allYears: 'All years',
    clearFilters: 'Clear filters',
    unknownBody: (id: string) =>
      `This record has no body with the id “${id}”, so that filter is not applied.`,
    unknownIssue: (id: string) =>
      `This record has no issue with the id “${id}”, so that filter is not applied.`,
    unknownYear: (year: string) =>
      `Nothing in this record is dated in “${year}”, so the axis is not zoomed to it.`,
    showing: (shown: number, total: number) =>
      plural(total, {
        one: `Showing ${shown} of ${total} event.`,
        other: `Showing ${shown} of ${total} events.`,
      }),
    chartHeading: 'On a time axis',
    summary: (
      meetings: number,
      dues: number,
      phases: number,
      from: string,
      to: string,
      grouped: readonly TimelineLane[] = [],
    ) => {
      const counts = `${andList([laneCount.meeting(meetings), laneCount.due(dues), laneCount.phase(phases)])}, from ${from} to ${to}.`;
      if (grouped.length === 0) return counts;
      const lanes = andList(grouped.map((lane) => laneWords[lane]));
      return `${lanes.charAt(0).toUpperCase()}${lanes.slice(1)} grouped by month: ${counts}`;
    },
    /** One month's column of a lane drawn by month: "14 meetings in March 2015". */
    monthCount: (lane: TimelineLane, n: number, month: string) =>
      `${laneCount[lane](n)} in ${month}`,
    busiest: (counts: readonly string[]) => `The tallest column: ${andList(counts)}.`,
    groupedNote: (most: number) =>
      `Where a lane has more than ${most} things to draw, it is drawn a month at a time: one column for each month with any, as tall as that month’s count. The table lists each one.`,
    howToRead:
      'A mark is a single day. A bar is a date the record gives only as a month or a financial year: the bar covers that whole span, because the record names no day.',
    keyDecided: 'Meeting with a decision or outcome',
    keyUndecided: 'Meeting, no outcome recorded',
    keyMonth: {
      meeting: 'Meetings in a month (taller is more)',
      due: 'Due dates in a month (taller is more)',
      phase: 'Phases in a month (taller is more)',
    },
    lane: { meeting: 'Meetings', due: 'Due dates', phase: 'Phases' },
    kind: { meeting: 'Meeting', due: 'Commitment due', phase: 'Structure phase' },
    tableCaption: 'Everything on the timeline, oldest first',
    colDate: 'Date',
    colKind: 'What',
    colDetail: 'Detail',
    colBody: 'Body',
    meetingDetail: (body: string) => `${body} met`,
    phaseDetail: (label: string, fte: string, role: string) => `${label}: ${fte} ${role}`,
    saidAt: (where: string, date: string) => `Said at ${where}, ${date}`,
    undatedCaption: 'Meetings with no date in this record (not on the time axis)',
    undatedNote: (n: number) =>
      plural(n, {
        one: 'One meeting has no date in this record, so it is not placed on the time axis; see the table of meetings with no date.',
        other: `${n} meetings have no date in this record, so they are not placed on the time axis; see the table of meetings with no date.`,
      }),
    empty: 'This record has no meetings, due dates or phases to place on a timeline.',
    noMatch: 'Nothing on the timeline matches these filters.',
  },
  savings: {
    title: 'Savings',
    intro:
      'What the record says the changes would save every year, and what they would cost once. The two are drawn apart and never added together.',
    notDerived:
      'Nothing here is worked out by this site: each figure is drawn as the record states it, with no totals, net or cumulative figures.',
    recurringHeading: 'Recurring savings',
    recurringPart: (amount: string, recurrence: string, indicative: boolean) =>
      indicative ? `an indicative ${amount} (${recurrence})` : `${amount} (${recurrence})`,
    recurringSummary: (parts: string) => `Recurring savings stated: ${parts}.`,
    barRecurring: (amount: string, period: string | null) =>
      period ? `${amount} a year, ${period}` : `${amount} a year`,
    barRange: (amount: string, indicative: boolean, period: string | null) =>
      `${amount} a year, ${indicative ? 'indicative range' : 'range'}${period ? `, ${period}` : ''}`,
    barCost: (amount: string, period: string | null) =>
      period ? `${amount} once, in ${period}` : `${amount} once`,
    indicativeNote:
      'An indicative range is drawn from its low to its high figure, hatched and outlined with a dashed line: the record gives no single figure.',
    costsHeading: 'One-off costs',
    costPart: (amount: string, period: string | null) =>
      period ? `${amount} in ${period}` : amount,
    costsSummary: (parts: string) =>
      `One-off costs stated: ${parts}. A one-off cost is paid once, so it is not set against the yearly savings.`,
    legendStated: 'Stated figure',
    legendIndicative: 'Indicative range',
    legendCost: 'One-off cost',
    recurringCaption: 'Recurring savings, as the record states them',
    costsCaption: 'One-off costs, as the record states them',
    colFigure: 'Figure',
    qualifiedBy: 'The record ties it to:',
    colAmount: 'Amount',
    colRecurrence: 'How often',
    colPeriod: 'Period',
    colBasis: 'Basis',
    colSaidAt: 'Said at',
    notGiven: 'Not given',
    saidAt: (where: string, date: string) => `${where}, ${date}`,
    emptyRecurring: 'No recurring savings among the figures an editor reviewed.',
    emptyCosts: 'No one-off costs among the figures an editor reviewed.',
  },
  /** Quantities in the record's own words that no editor has reviewed yet. */
  mentions: {
    notReviewed: 'Not reviewed',
    notReviewedNote:
      'Found in the record’s own words when it was imported. No editor has yet said what each one means.',
    per: (amount: string, per: string) => `${amount} per ${per}`,
    atNoMeeting: (decisionBy: string, date: string) => `No meeting named: ${decisionBy}, ${date}`,
    atMeeting: (body: string, date: string) => `${body}, ${date}`,
    colSentence: 'In the record’s words',
    colSaidAt: 'Said at',
    colReview: 'Review',
    cut: '…',
    /** Where a chart or summary is narrowed to one year, or to mentions with no date. */
    inYear: (year: string) => `in ${year}`,
    withNoDate: 'with no date in the record',
    filter: {
      heading: 'Narrow the list',
      year: 'Year',
      allYears: 'All years',
      noDate: 'No date in the record',
      body: 'Body',
      allBodies: 'All bodies',
      noMeeting: 'No meeting named',
      issueTitle: 'Words in the issue’s title',
      oneIssue: (title: string) => `Only mentions on the issue “${title}”.`,
      everyIssue: 'Show every issue',
      showing: (shown: number, total: number) =>
        `Showing ${shown.toLocaleString('en-GB')} of ${plural(total, { one: 'one mention', other: `${total.toLocaleString('en-GB')} mentions` })}.`,
      noMatch: 'No mentions match these filters.',
    },
    money: {
      heading: 'Amounts the record mentions, not reviewed',
      colAmount: 'Amount',
      caption: 'Amounts the record mentions, one row each, not reviewed',
      summary: (n: number, list: string, scope: string | null) =>
        `The record mentions ${plural(n, { one: 'one amount', other: `${n} amounts` })} of money${scope ? ` ${scope}` : ''} that no editor has reviewed: ${list}. Each is shown on its own and none is added up: the record does not say whether two mentions are the same money.`,
      largest: (drawn: number, of: number, scope: string | null) =>
        `The chart draws the ${drawn} largest of ${of.toLocaleString('en-GB')} amounts the record mentions${scope ? ` ${scope}` : ''}, largest first, each on its own and none added up: the record does not say whether two mentions are the same money. Every amount is in the table below.`,
      ratesNote: (n: number) =>
        `${plural(n, { one: 'One is a rate', other: `${n} are rates` })} (an amount per hour, week and so on): listed, not drawn, because a rate is not a total.`,
      barHeadline: (amount: string) => `${amount}, not reviewed`,
      empty: (figuresReviewed: boolean) =>
        figuresReviewed
          ? 'The record mentions no other amounts of money.'
          : 'The record mentions no amounts of money.',
    },
    count: {
      heading: 'Counts of posts the record mentions, not reviewed',
      colCount: 'Count',
      caption: 'Counts the record mentions, one row each, not reviewed',
      summary: (n: number, list: string) =>
        `The record mentions ${plural(n, { one: 'one count', other: `${n} counts` })} of posts or people that no editor has reviewed: ${list}. Each is shown on its own and none is added up: the record does not say whether two mentions count the same posts.`,
      barHeadline: (count: string) => `${count}, not reviewed`,
    },
    date: {
      heading: 'Dates the record mentions, not reviewed',
      colDate: 'Date',
      caption: 'Dates the record mentions, one row each, not reviewed',
      notInIndex:
        'This record comes split into one file per issue, and the dates its pages mention are kept in those files rather than listed here. Each issue’s trail has its full text, and search finds words in the minutes.',
      summary: (n: number) =>
        `The record mentions ${plural(n, { one: 'one date', other: `${n} dates` })} that no editor has reviewed. They may be due dates, or only when something happened: the record has not been read for promises yet.`,
    },
  },
  structure: {
    title: 'Structure changes',
    intro:
      'Posts (full-time equivalent) by role over time, phase by phase, as the record sets them out.',
    chartHeading: 'Posts over time',
    seriesSummary: (
      role: string,
      change: 'fall' | 'rise' | 'stay',
      from: string,
      to: string,
      phases: string,
      by: string,
    ) =>
      change === 'stay'
        ? `${role} posts stay at ${to} over ${phases}, to ${by}.`
        : `${role} posts ${change} from ${from} to ${to} over ${phases}, by ${by}.`,
    levelSummary: (role: string, fte: string, date: string) => `${role}: ${fte} from ${date}.`,
    undatedSteps: (role: string, count: number) =>
      `${role}: ${count} steps with no dates in the record, listed in the table.`,
    phases: (n: string, count: number) =>
      plural(count, { one: `${n} phase`, other: `${n} phases` }),
    /** `fte` is the count as written; `posts` is its number, which picks "post" or "posts". */
    undatedSummary: (role: string, fte: string, posts: number, condition: string | null) =>
      `${fte} ${role} ${plural(posts, { one: 'post', other: 'posts' })}${condition ? `, ${condition}` : ''}, with no date given.`,
    firstMarker: (label: string, date: string) => `${label}, ${date}`,
    phaseMarker: (label: string, date: string) => `${label}, by ${date}`,
    undatedLine: (role: string, fte: string, condition: string | null) =>
      `${role}: ${fte}${condition ? `, ${condition}` : ''} (no date)`,
    undatedNote: (role: string, fte: string, posts: number, condition: string | null) =>
      `${role}: ${fte} ${plural(posts, { one: 'post', other: 'posts' })}${condition ? ` ${condition}` : ''}. The record gives no date, so it is drawn as a dashed line across the whole chart, not as a change at any one time.`,
    notCharted: (role: string, label: string) =>
      `${role}, ${label}: the record gives no date, so this step is in the table but not on the chart.`,
    monthNote:
      'A phase given only as a month is marked at the start of that month and its whole month is shaded; the record names no day.',
    notesHeading: 'Notes from the record',
    tableCaption: 'Posts by role and step',
    colRole: 'Role',
    colStep: 'Step',
    colDate: 'Date',
    colFte: 'Posts (FTE)',
    colCondition: 'Condition and notes',
    colBasis: 'Basis',
    noDate: 'No date given',
  },
  changes: {
    heading: 'Since your last visit',
    newMeetings: (n: number) => plural(n, { one: `${n} new meeting`, other: `${n} new meetings` }),
    newDecisions: (n: number) =>
      plural(n, { one: `${n} new decision`, other: `${n} new decisions` }),
    newFigures: (n: number) => plural(n, { one: `${n} new figure`, other: `${n} new figures` }),
    changedFigures: (n: number) =>
      plural(n, { one: `${n} figure changed`, other: `${n} figures changed` }),
    newCommitments: (n: number) =>
      plural(n, { one: `${n} new commitment`, other: `${n} new commitments` }),
    commitmentsNow: (n: number, status: CommitmentStatus) =>
      `${plural(n, { one: `${n} commitment`, other: `${n} commitments` })} now ${nowStatusWords[status]}`,
    hint: 'Each is marked “New” where it is listed until you mark them as seen. This is remembered in this browser only.',
    dismiss: 'Mark as seen',
    newBadge: 'New',
    recordUpdated: (asOf: string) => `The record has been updated: it now speaks to ${asOf}.`,
    hideNotice: 'Hide this notice',
  },
} as const;
