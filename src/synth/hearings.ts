/**
 * Minutes and decisions of the regulatory committees: a planning application heard with its
 * speakers and a vote, a licence heard with the responsible authorities and a retirement to
 * decide. These are single matters, decided on the day (or deferred to another day).
 */
import * as amount from './amounts.ts';
import type { Paragraph } from './compose.ts';
import type { Resolution } from './decisions.ts';
import type { ItemWords } from './item-words.ts';
import type { Length } from './minutes.ts';
import { FIRST_NAMES, SURNAMES } from './vocabulary.ts';

const person = (w: ItemWords) => `${w.rng.pick(FIRST_NAMES)} ${w.rng.pick(SURNAMES)}`;

export function planningHearing(
  w: ItemWords,
  length: Length,
  deferred: boolean,
): { minutes: Paragraph[]; resolutions: Resolution[] } {
  const { rng } = w;
  const development = rng.pick([
    `the erection of ${rng.int(4, 180)} dwellings with associated access, parking and landscaping`,
    'a two-storey rear extension and a detached garage',
    `the change of use of the ground floor from offices to ${rng.int(2, 14)} flats`,
    'the demolition of the existing building and the erection of a care home',
    'a single-storey side extension and alterations to the roof',
    'a new retail unit with car parking',
    `the conversion of the barn to ${rng.int(1, 4)} holiday lets`,
    'the installation of a solar farm with a battery store',
  ]);
  const kind = rng.pick([
    'full planning permission',
    'outline planning permission',
    'approval of reserved matters',
  ]);
  const minutes: Paragraph[] = [
    w.para(
      `The Planning Officer introduced the application, which sought ${kind} for ${development}.`,
      rng.pick([
        'The site lay within the settlement boundary.',
        'The site lay outside the settlement boundary, in open countryside.',
        'Part of the site lay within the conservation area.',
        'The site was allocated for housing in the local plan.',
      ]),
    ),
    w.para(
      `${rng.int(2, 60)} letters of objection and ${rng.int(0, 20)} letters of support had been received.`,
      rng.pick([
        'The parish council objected to the application.',
        'The parish council had raised no objection.',
        'The highway authority had raised no objection subject to conditions.',
      ]),
    ),
  ];
  if (length !== 'short') {
    minutes.push(
      w.para(
        `${person(w)}, a local resident, spoke in objection to the application, raising concerns about ${rng.pick(['traffic on the approach roads', 'the scale of the buildings', 'the loss of trees', 'flooding', 'overlooking of neighbouring gardens', 'the effect on the character of the village'])}.`,
      ),
      w.para(
        `${person(w)}, the applicant’s agent, spoke in support, and said that ${rng.pick(['the scheme had been amended to address the concerns of neighbours', 'the design had been agreed with officers at the pre-application stage', 'the development would meet a clear local need', 'the proposal complied with the policies of the local plan'])}.`,
      ),
    );
    if (rng.chance(0.7)) {
      const share = amount.percent(rng, 10, 40);
      minutes.push(
        w.para(
          `The scheme would provide ${share.text} affordable housing and a financial contribution of {moneyK} towards ${rng.pick(['primary school places', 'off-site open space', 'improvements to the local health centre', 'highway improvements at the junction with {place} Road'])}.`,
        ),
      );
    }
    minutes.push(
      w.para('{member}, the ward member, addressed the Committee and said that {opinion}.'),
    );
    if (length === 'long') {
      minutes.push(
        w.para(
          'Members discussed the design, the access arrangements and the drainage strategy.',
          'In response to a question from {member}, the Planning Officer confirmed that the conditions would require a construction management plan.',
        ),
      );
    }
  }
  const forVotes = rng.int(5, 11);
  const against = rng.int(0, 5);
  const [motion, lead, verb, rest, outcome] = deferred
    ? ([
        'to defer the application for a site visit',
        'consideration of the application',
        'be deferred',
        'to allow members to visit the site',
        null,
      ] as const)
    : rng.chance(0.75)
      ? ([
          'to grant planning permission',
          'planning permission',
          'be granted',
          'subject to the conditions set out in the report',
          'approved',
        ] as const)
      : ([
          'to refuse planning permission',
          'planning permission',
          'be refused',
          'for the reasons set out in the report',
          null,
        ] as const);
  minutes.push(
    w.para(
      `A motion ${motion} was proposed by {member} and seconded by {member2}. On being put to the vote, the motion was carried by ${forVotes} votes to ${against}.`,
    ),
  );
  return { minutes, resolutions: [{ lead, verb, rest, outcome }] };
}

export function licensingHearing(
  w: ItemWords,
  length: Length,
): { minutes: Paragraph[]; resolutions: Resolution[] } {
  const { rng } = w;
  const review = /review/i.test(w.step.issue.topic.subject);
  const minutes: Paragraph[] = [
    w.para(
      `The Licensing Officer outlined ${w.step.issue.topic.subject} and the options open to the Sub-Committee.`,
      review
        ? rng.pick([
            'The review had been brought by the Police following incidents of disorder.',
            'The review had been brought by the environmental health service following complaints of noise.',
          ])
        : rng.pick([
            `Representations had been received from ${rng.int(2, 30)} local residents.`,
            'The Police had agreed a set of conditions with the applicant.',
          ]),
    ),
    w.para(
      `${person(w)}, ${review ? 'the premises licence holder' : 'the applicant'}, explained that ${rng.pick(['the premises had been well run for many years', 'staff had been trained in the challenge twenty-five scheme', 'the opening hours had been reduced in response to the concerns raised', 'a new designated premises supervisor had been appointed'])}.`,
    ),
  ];
  if (length !== 'short') {
    minutes.push(
      w.para(
        `${person(w)}, a local resident, spoke about ${rng.pick(['noise late at night', 'customers gathering outside', 'litter in the street', 'deliveries early in the morning'])}.`,
      ),
    );
  }
  minutes.push(
    w.para(
      `The Sub-Committee withdrew to consider its decision, returning at ${rng.int(10, 12)}.${rng.pick(['05', '20', '35', '50'])} am.`,
    ),
  );
  const [lead, verb, rest] = review
    ? rng.pick([
        ['the premises licence', 'be suspended', 'for a period of two months'],
        [
          'the conditions of the premises licence',
          'be modified',
          'as set out in the decision notice',
        ],
        ['the premises licence', 'be revoked', ''],
      ] as const)
    : rng.pick([
        ['the licence', 'be granted', 'subject to the conditions agreed with the Police'],
        [
          'the application',
          'be granted in part',
          'with the hours reduced as set out in the decision notice',
        ],
        ['the application', 'be refused', ''],
      ] as const);
  return {
    minutes,
    resolutions: [{ lead, verb, rest, outcome: verb.startsWith('be granted') ? 'approved' : null }],
  };
}
