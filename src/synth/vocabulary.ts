/**
 * The invented words a synthetic council is made of: places, people, partners. None of it names
 * a real council or person; the lists are long enough that ten years of minutes rarely repeat a
 * sentence word for word, and short enough to read through.
 */

/** Towns a synthetic council may be named for; the seed picks one. */
export const COUNCIL_TOWNS = [
  'Ashcombe',
  'Brackenbury',
  'Caldermouth',
  'Dunsford Vale',
  'Eastmere',
  'Fallowfield',
  'Harwick',
  'Kingsholme',
  'Lowbridge',
  'Marlow Cross',
  'Northwold',
  'Stanmoor',
] as const;

/** Wards, villages and districts inside the council's area. */
export const PLACES = [
  'Millbrook',
  'Eastgate',
  'Hollins Cross',
  'Northfield',
  'Kingsmead',
  'Westerleigh',
  'Brampton Vale',
  'Coldharbour',
  'Fernhill',
  'Larkrise',
  'Oakenshaw',
  'Priory Park',
  'Redlands',
  'Saltings',
  'Thornbury Green',
  'Upper Cranleigh',
  'Whitstone',
  'Ashby Moor',
  'Beacon Hill',
  'Harbourside',
  'Longmead',
  'St Bride’s',
  'Fairwater',
  'Mill Lane',
] as const;

export const STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Market Place',
  'Mill Road',
  'Victoria Street',
  'Orchard Way',
  'Quay Street',
  'London Road',
  'Bridge Street',
  'Park Avenue',
  'Manor Road',
  'Chapel Row',
  'Castle Hill',
  'Westgate',
  'Brook Lane',
] as const;

export const FARMS = [
  'Home Farm',
  'Lower Barn Farm',
  'Hill Top Farm',
  'Cowleaze Farm',
  'Glebe Farm',
  'Oak Tree Farm',
  'Marsh Farm',
  'Windmill Farm',
] as const;

export const BUILDINGS = [
  'Former Magistrates’ Court',
  'Former Police Station',
  'Former Gasworks',
  'Old Cattle Market',
  'Former Dairy',
  'Former Library',
  'Former Garage',
  'Former Telephone Exchange',
] as const;

export const PUBS = [
  'The Red Lion',
  'The Anchor',
  'The Fox and Hounds',
  'The Ship Inn',
  'The Crown',
  'The Plough',
  'The Wheatsheaf',
  'The Railway Tavern',
  'The Kings Arms',
  'The Bell',
] as const;

export const SHOPS = [
  'Corner Stores',
  'Late Shop',
  'Wine Cellar',
  'Mini Market',
  'Food and Wine',
  'Convenience Store',
] as const;

export const FIRST_NAMES = [
  'Alan',
  'Amira',
  'Bernard',
  'Catherine',
  'Chris',
  'Deborah',
  'Delroy',
  'Eileen',
  'Fiona',
  'Gareth',
  'Harriet',
  'Imran',
  'Janet',
  'Jonathan',
  'Karen',
  'Kwame',
  'Linda',
  'Malcolm',
  'Margaret',
  'Nadia',
  'Neil',
  'Olivia',
  'Patrick',
  'Priya',
  'Rachel',
  'Robert',
  'Sandra',
  'Simon',
  'Stephen',
  'Susan',
  'Tariq',
  'Tom',
  'Valerie',
  'Wendy',
] as const;

export const SURNAMES = [
  'Ashworth',
  'Baines',
  'Barraclough',
  'Bellamy',
  'Chaudhry',
  'Cole',
  'Dawlish',
  'Eccleston',
  'Farrant',
  'Fenwick',
  'Gillespie',
  'Hartley',
  'Holloway',
  'Iqbal',
  'Jessop',
  'Kerridge',
  'Lacey',
  'Lindqvist',
  'Marsh',
  'Mensah',
  'Nuttall',
  'Okafor',
  'Pemberton',
  'Quarrie',
  'Radford',
  'Sowerby',
  'Tennant',
  'Thorne',
  'Underwood',
  'Varley',
  'Whitfield',
  'Yardley',
] as const;

/** Neighbouring councils, for shared services and posts. */
export const NEIGHBOURS = [
  'Wendover Vale District Council',
  'South Carrick District Council',
  'Hexley Borough Council',
  'Mardon District Council',
  'the county council',
] as const;

export const FUNDERS = [
  'the Local Enterprise Partnership',
  'the National Lottery Heritage Fund',
  'Sport England',
  'the Department for Levelling Up',
  'the Environment Agency',
  'Homes England',
  'the Arts Council',
  'the county council',
] as const;

export const RESERVES = [
  'the Invest to Save reserve',
  'the Transformation reserve',
  'the General Fund working balance',
  'the Budget Equalisation reserve',
  'the Capital Receipts reserve',
  'the Climate Change reserve',
] as const;

export const COMPANIES = [
  'Harbourside Homes',
  'Vale Leisure Trading',
  'Greenway Energy',
  'Civic Property Holdings',
] as const;
