/**
 * The council's services: who reports on them, which scrutiny committee looks at them, the posts
 * a restructure would count, and the matters that come up. A topic is a title and the words the
 * minutes use for it; "{place}" is filled with a ward or village of the council's area.
 */
import type { Role } from './bodies.ts';

export type Service = {
  key: string;
  portfolio: string;
  director: string;
  head: string;
  scrutiny: Role;
  /** The part of the organisation a restructure changes. */
  unit: string;
  /** Posts a restructure counts, singular and plural, capitalised as the record writes roles. */
  roles: ReadonlyArray<readonly [string, string]>;
  topics: ReadonlyArray<readonly [string, string]>;
};

const s = (service: Service) => service;

export const SERVICES: readonly Service[] = [
  s({
    key: 'waste',
    portfolio: 'Environment',
    director: 'Director of Environment',
    head: 'Head of Waste and Street Scene',
    scrutiny: 'scrutiny-environment',
    unit: 'Waste and Street Scene Service',
    roles: [
      ['Team Leader', 'Team Leaders'],
      ['Street Cleansing Supervisor', 'Street Cleansing Supervisors'],
      ['Waste Officer', 'Waste Officers'],
    ],
    topics: [
      ['Garden Waste Subscription Service', 'the garden waste subscription service'],
      ['Refuse Collection Fleet Replacement', 'the replacement of the refuse collection fleet'],
      ['Food Waste Collections', 'weekly food waste collections'],
      ['Commercial Waste Service', 'the commercial waste service'],
      ['Bring Sites in {place}', 'the bring sites in {place}'],
      ['Street Cleansing Standards', 'street cleansing standards across the district'],
      ['Fly-tipping Enforcement', 'the enforcement approach to fly-tipping'],
      ['Bulky Waste Collections', 'the bulky waste collection service'],
      ['Recycling Centre at {place}', 'the future of the recycling centre at {place}'],
    ],
  }),
  s({
    key: 'parks',
    portfolio: 'Environment',
    director: 'Director of Environment',
    head: 'Parks and Open Spaces Manager',
    scrutiny: 'scrutiny-environment',
    unit: 'Parks and Open Spaces Team',
    roles: [
      ['Park Ranger', 'Park Rangers'],
      ['Grounds Maintenance Supervisor', 'Grounds Maintenance Supervisors'],
    ],
    topics: [
      ['{place} Park Improvements', 'improvements to the park at {place}'],
      ['Play Area Replacement Programme', 'the play area replacement programme'],
      ['Allotment Rents and Waiting Lists', 'allotment rents and the waiting list'],
      ['Tree Management Policy', 'the management of council-owned trees'],
      ['Cemetery Extension at {place}', 'the proposed extension of the cemetery at {place}'],
      ['Playing Pitch Strategy', 'the playing pitch strategy'],
      ['Community Orchard at {place}', 'a community orchard at {place}'],
    ],
  }),
  s({
    key: 'climate',
    portfolio: 'Climate Emergency',
    director: 'Director of Environment',
    head: 'Climate Change Manager',
    scrutiny: 'scrutiny-environment',
    unit: 'Climate Change Team',
    roles: [['Sustainability Officer', 'Sustainability Officers']],
    topics: [
      ['Climate Emergency Action Plan', 'the climate emergency action plan'],
      ['Carbon Reduction in Council Buildings', 'carbon reduction in council buildings'],
      ['Electric Vehicle Charging Points', 'electric vehicle charging in council car parks'],
      ['Solar Panels on the {place} Depot', 'solar panels on the roof of the {place} depot'],
      ['Air Quality in {place}', 'air quality in {place}'],
      ['Tree Planting Programme', 'the tree planting programme'],
      ['Home Energy Efficiency Grants', 'home energy efficiency grants'],
    ],
  }),
  s({
    key: 'housing',
    portfolio: 'Housing',
    director: 'Director of Communities',
    head: 'Head of Housing Services',
    scrutiny: 'scrutiny-social',
    unit: 'Housing Options Team',
    roles: [
      ['Housing Options Officer', 'Housing Options Officers'],
      ['Tenancy Sustainment Officer', 'Tenancy Sustainment Officers'],
    ],
    topics: [
      ['Homelessness and Rough Sleeping Strategy', 'the homelessness and rough sleeping strategy'],
      ['Temporary Accommodation at {place}', 'temporary accommodation at {place}'],
      ['Housing Allocations Policy', 'the housing allocations policy'],
      ['Empty Homes Strategy', 'bringing empty homes back into use'],
      ['Affordable Housing at {place}', 'affordable housing at {place}'],
      ['Disabled Facilities Grants', 'the disabled facilities grant programme'],
      ['Private Rented Sector Enforcement Policy', 'enforcement in the private rented sector'],
      [
        'Licensing of Houses in Multiple Occupation',
        'the licensing of houses in multiple occupation',
      ],
    ],
  }),
  s({
    key: 'leisure',
    portfolio: 'Healthy Communities',
    director: 'Director of Communities',
    head: 'Head of Leisure and Culture',
    scrutiny: 'scrutiny-social',
    unit: 'Leisure and Culture Service',
    roles: [
      ['Leisure Centre Manager', 'Leisure Centre Managers'],
      ['Arts Development Officer', 'Arts Development Officers'],
    ],
    topics: [
      ['{place} Leisure Centre Refurbishment', 'the refurbishment of the {place} leisure centre'],
      ['Leisure Management Contract', 'the leisure management contract'],
      ['Museum and Art Gallery Development', 'the development of the museum and art gallery'],
      ['Grant to the Theatre Trust', 'the grant to the theatre trust'],
      ['Swimming Provision at {place}', 'swimming provision at {place}'],
      ['Arts and Culture Strategy', 'the arts and culture strategy'],
      ['Summer Events Programme', 'the summer events programme'],
    ],
  }),
  s({
    key: 'community',
    portfolio: 'Communities',
    director: 'Director of Communities',
    head: 'Communities Manager',
    scrutiny: 'scrutiny-social',
    unit: 'Communities Team',
    roles: [['Community Development Officer', 'Community Development Officers']],
    topics: [
      ['Community Grants Scheme', 'the community grants scheme'],
      ['Funding for the Voluntary Sector', 'funding for the voluntary sector'],
      ['{place} Community Centre', 'the future of the {place} community centre'],
      ['Armed Forces Covenant', 'the armed forces covenant'],
      ['Equality and Diversity Policy', 'the equality and diversity policy'],
      ['Safeguarding Policy', 'the council’s safeguarding policy'],
    ],
  }),
  s({
    key: 'safety',
    portfolio: 'Public Protection',
    director: 'Director of Communities',
    head: 'Community Safety Manager',
    scrutiny: 'scrutiny-social',
    unit: 'Community Safety Team',
    roles: [
      ['Community Safety Officer', 'Community Safety Officers'],
      ['Enforcement Officer', 'Enforcement Officers'],
    ],
    topics: [
      [
        'Public Spaces Protection Order for {place}',
        'the public spaces protection order for {place}',
      ],
      [
        'Replacement of the Town Centre CCTV System',
        'the replacement of the town centre CCTV system',
      ],
      ['Anti-social Behaviour in {place}', 'anti-social behaviour in {place}'],
      ['Dog Control Orders', 'the dog control orders'],
      ['Night-time Economy', 'the night-time economy'],
    ],
  }),
  s({
    key: 'economy',
    portfolio: 'Economic Development',
    director: 'Director of Place',
    head: 'Economic Development Manager',
    scrutiny: 'scrutiny-economy',
    unit: 'Economic Development Team',
    roles: [
      ['Economic Development Officer', 'Economic Development Officers'],
      ['Business Support Adviser', 'Business Support Advisers'],
    ],
    topics: [
      ['{place} Business Park', 'the business park at {place}'],
      ['Economic Development Strategy', 'the economic development strategy'],
      ['Visitor Economy Strategy', 'the visitor economy strategy'],
      ['Discretionary Business Rate Relief', 'discretionary business rate relief'],
      ['Future of the Markets', 'the future of the markets'],
      ['Small Business Grants', 'grants to small businesses'],
      ['Skills and Apprenticeships Programme', 'the skills and apprenticeships programme'],
    ],
  }),
  s({
    key: 'regeneration',
    portfolio: 'Regeneration',
    director: 'Director of Place',
    head: 'Head of Regeneration',
    scrutiny: 'scrutiny-economy',
    unit: 'Regeneration Team',
    roles: [['Project Manager', 'Project Managers']],
    topics: [
      ['{place} Regeneration Scheme', 'the regeneration of {place}'],
      ['Town Centre Masterplan', 'the town centre masterplan'],
      ['Market Square Improvements', 'improvements to the market square'],
      ['Station Quarter Development', 'the station quarter development'],
      ['Harbourside Redevelopment', 'the redevelopment of the harbourside'],
      ['High Street Heritage Action Zone', 'the high street heritage action zone'],
    ],
  }),
  s({
    key: 'parking',
    portfolio: 'Transport',
    director: 'Director of Place',
    head: 'Parking Services Manager',
    scrutiny: 'scrutiny-economy',
    unit: 'Parking Services Team',
    roles: [['Civil Enforcement Officer', 'Civil Enforcement Officers']],
    topics: [
      ['Car Parking Charges', 'car parking charges'],
      ['Residents’ Parking Scheme for {place}', 'a residents’ parking scheme in {place}'],
      ['{place} Multi-storey Car Park', 'the {place} multi-storey car park'],
      ['Park and Ride Service', 'the park and ride service'],
      ['Parking Enforcement Contract', 'the parking enforcement contract'],
    ],
  }),
  s({
    key: 'finance',
    portfolio: 'Finance and Assets',
    director: 'Director of Resources',
    head: 'Head of Finance',
    scrutiny: 'scrutiny',
    unit: 'Finance Team',
    roles: [
      ['Accountant', 'Accountants'],
      ['Finance Business Partner', 'Finance Business Partners'],
    ],
    topics: [
      ['Council Tax Support Scheme', 'the council tax support scheme'],
      ['Procurement Strategy', 'the procurement strategy'],
      ['Commercial Investment Strategy', 'the commercial investment strategy'],
      ['Review of Fees and Charges', 'the review of fees and charges'],
      ['Insurance Contract Renewal', 'the renewal of the insurance contract'],
    ],
  }),
  s({
    key: 'customer',
    portfolio: 'Customer and Support Services',
    director: 'Director of Resources',
    head: 'Head of Customer Services',
    scrutiny: 'scrutiny',
    unit: 'Customer Services Centre',
    roles: [
      ['Customer Adviser', 'Customer Advisers'],
      ['Team Manager', 'Team Managers'],
    ],
    topics: [
      ['Customer Services Strategy', 'the customer services strategy'],
      ['Digital Transformation Programme', 'the digital transformation programme'],
      ['Telephony System Replacement', 'the replacement of the telephony system'],
      ['Complaints Policy', 'the complaints policy'],
      ['Website Redevelopment', 'the redevelopment of the council’s website'],
    ],
  }),
  s({
    key: 'assets',
    portfolio: 'Finance and Assets',
    director: 'Director of Resources',
    head: 'Head of Property and Estates',
    scrutiny: 'scrutiny',
    unit: 'Property and Estates Team',
    roles: [
      ['Surveyor', 'Surveyors'],
      ['Facilities Officer', 'Facilities Officers'],
    ],
    topics: [
      ['Disposal of Land at {place}', 'the disposal of land at {place}'],
      ['Civic Offices Accommodation Review', 'the accommodation review for the civic offices'],
      ['Asset Management Plan', 'the asset management plan'],
      ['Relocation of the {place} Depot', 'the relocation of the {place} depot'],
      [
        'Community Asset Transfer of {place} Hall',
        'the transfer of {place} hall to a community group',
      ],
    ],
  }),
  s({
    key: 'revenues',
    portfolio: 'Finance and Assets',
    director: 'Director of Resources',
    head: 'Revenues and Benefits Manager',
    scrutiny: 'scrutiny',
    unit: 'Revenues and Benefits Service',
    roles: [
      ['Benefits Assessor', 'Benefits Assessors'],
      ['Revenues Officer', 'Revenues Officers'],
    ],
    topics: [
      ['Revenues and Benefits Shared Service', 'a shared revenues and benefits service'],
      ['Council Tax Premium on Empty Homes', 'the council tax premium on empty homes'],
      ['Debt Recovery Policy', 'the debt recovery policy'],
      [
        'Support for Universal Credit Claimants',
        'support for residents moving to universal credit',
      ],
    ],
  }),
  s({
    key: 'people',
    portfolio: 'Corporate Services',
    director: 'Chief Executive',
    head: 'Head of Human Resources',
    scrutiny: 'scrutiny',
    unit: 'Senior Leadership Team',
    roles: [
      ['Assistant Director', 'Assistant Directors'],
      ['Service Manager', 'Service Managers'],
    ],
    topics: [
      ['Senior Management Restructure', 'the restructure of the senior management team'],
      ['Pay and Grading Review', 'the pay and grading review'],
      ['Workforce Strategy', 'the workforce strategy'],
      ['Agile Working Policy', 'the agile working policy'],
      ['Use of the Apprenticeship Levy', 'the use of the apprenticeship levy'],
      ['Sickness Absence Management', 'the management of sickness absence'],
      ['Staff Survey Results', 'the results of the staff survey'],
    ],
  }),
  s({
    key: 'licensing',
    portfolio: 'Public Protection',
    director: 'Director of Communities',
    head: 'Licensing Manager',
    scrutiny: 'scrutiny-social',
    unit: 'Licensing Team',
    roles: [['Licensing Officer', 'Licensing Officers']],
    topics: [
      ['Statement of Licensing Policy', 'the statement of licensing policy'],
      ['Taxi and Private Hire Licensing Policy', 'the taxi and private hire licensing policy'],
      ['Street Trading Policy', 'the street trading policy'],
      ['Gambling Statement of Principles', 'the gambling statement of principles'],
      ['Licensing Fees', 'licensing fees'],
    ],
  }),
  s({
    key: 'planning',
    portfolio: 'Planning',
    director: 'Director of Place',
    head: 'Head of Planning',
    scrutiny: 'scrutiny-economy',
    unit: 'Development Management Team',
    roles: [
      ['Planning Officer', 'Planning Officers'],
      ['Planning Enforcement Officer', 'Planning Enforcement Officers'],
    ],
    topics: [
      ['Local Plan Review', 'the review of the local plan'],
      ['Site Allocations in {place}', 'the site allocations in {place}'],
      ['Conservation Area Appraisal for {place}', 'the conservation area appraisal for {place}'],
      ['{place} Neighbourhood Plan', 'the {place} neighbourhood plan'],
      ['Community Infrastructure Levy', 'the community infrastructure levy'],
      ['Design Code for {place}', 'a design code for {place}'],
      ['Housing Land Supply', 'the housing land supply'],
    ],
  }),
  s({
    key: 'harbour',
    portfolio: 'Harbours and Coast',
    director: 'Director of Place',
    head: 'Harbour Master',
    scrutiny: 'scrutiny-economy',
    unit: 'Harbour Team',
    roles: [['Harbour Assistant', 'Harbour Assistants']],
    topics: [
      ['Harbour Dues', 'harbour dues'],
      ['Dredging of the Inner Harbour', 'the dredging of the inner harbour'],
      ['Replacement of the Visitor Pontoons', 'the replacement of the visitor pontoons'],
      ['Harbour Safety Management System', 'the harbour safety management system'],
      ['Fish Quay Repairs', 'repairs to the fish quay'],
    ],
  }),
  s({
    key: 'health',
    portfolio: 'Healthy Communities',
    director: 'Director of Communities',
    head: 'Health and Wellbeing Manager',
    scrutiny: 'scrutiny-social',
    unit: 'Health and Wellbeing Team',
    roles: [['Health Improvement Officer', 'Health Improvement Officers']],
    topics: [
      ['Joint Health and Wellbeing Strategy', 'the joint health and wellbeing strategy'],
      ['Physical Activity Plan', 'the physical activity plan'],
      ['Social Prescribing in {place}', 'social prescribing in {place}'],
      ['Healthy Weight Programme', 'the healthy weight programme'],
      ['Mental Health Support for Young People', 'mental health support for young people'],
    ],
  }),
  s({
    key: 'governance',
    portfolio: 'Corporate Services',
    director: 'Monitoring Officer',
    head: 'Democratic Services Manager',
    scrutiny: 'scrutiny',
    unit: 'Democratic Services Team',
    roles: [['Democratic Services Officer', 'Democratic Services Officers']],
    topics: [
      ['Members’ Code of Conduct', 'the members’ code of conduct'],
      ['Review of the Constitution', 'the review of the constitution'],
      ['Members’ Allowances Scheme', 'the members’ allowances scheme'],
      ['Scheme of Delegation to Officers', 'the scheme of delegation to officers'],
      ['Member Development Programme', 'the member development programme'],
      ['Review of Polling Districts', 'the review of polling districts'],
      ['Risk Management Strategy', 'the risk management strategy'],
      ['Whistleblowing Policy', 'the whistleblowing policy'],
      ['Petitions Scheme', 'the petitions scheme'],
    ],
  }),
];

export function serviceByKey(key: string): Service {
  const found = SERVICES.find((svc) => svc.key === key);
  if (!found) throw new Error(`no service "${key}"`);
  return found;
}

/** How a title goes on after its topic: the stage the matter has reached. */
export const TITLE_STAGES = [
  '',
  '',
  '',
  ': Outline Business Case',
  ': Options Appraisal',
  ': Consultation Outcome',
  ' - Progress Report',
  ': Procurement',
  ' Review',
  ': Final Proposals',
  ': Update',
  ': Approval to Proceed',
  ': Scrutiny Review',
  ': Implementation Plan',
  ': Funding Bid',
  ': Annual Report',
] as const;
