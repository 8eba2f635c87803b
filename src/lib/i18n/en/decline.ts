// Shared `decline`: English of ../id/decline.ts, the same keys and {placeholders}.
import type { Translation } from '../dictionaries';
import type { messages as id } from '../id/decline';

/** English strings of the decline finder. */
export const messages: Translation<typeof id> = {
	// decline: the finder
	'decline.title': 'Where coverage fell',
	'decline.description': 'Regencies and cities whose active participants or coverage fell against the same month a year earlier, largest fall first.',
	'decline.mode': 'Rank by',
	'decline.mode.participants': 'Participants',
	'decline.mode.points': 'Coverage points',
	'decline.none': 'No regency or city fell in {month} against {monthBefore}.',
	'decline.total': 'Total change',
	'decline.segments': 'By segment',
	'decline.workforce': 'Growth of the eligible workforce',
	'decline.workforce.note': 'Coverage can fall because the eligible workforce grew, without anyone leaving: this part shows how much.',
	'decline.pmi': 'PMI (outside coverage, not added in)',
	'decline.exact': 'These parts add up exactly to the total change.',
	'decline.places': 'By place',
	'decline.places.description': "Each regency's or city's contribution to the area's change: from its participants and from the growth of its eligible workforce.",
	'decline.places.activity': 'From participants (points)',
	'decline.places.workforce': 'From eligible workers (points)',
	'decline.places.points': 'Contribution (points)',
	'decline.segment.PU': 'PU',
	'decline.segment.BPU': 'BPU',
	'decline.segment.JAKON': 'JAKON',

	// decline.sentence: one sentence per decline, filled from the decomposition only
	'decline.sentence.points.fell': 'Coverage of {name} fell by {total} points: {parts}.',
	'decline.sentence.points.rose': 'Coverage of {name} rose by {total} points: {parts}.',
	'decline.sentence.points.unchanged': 'Coverage of {name} did not change: {parts}.',
	'decline.sentence.points.segment': '{segment} {change} participants ({points} points)',
	'decline.sentence.points.workforceGrew': 'more eligible workers {points} points',
	'decline.sentence.points.workforceShrank': 'fewer eligible workers {points} points',
	'decline.sentence.points.workforceSame': 'change in eligible workers {points} points',
	'decline.sentence.participants.fell': 'Active participants in {name} fell by {total}: {parts}{pmi}.',
	'decline.sentence.participants.rose': 'Active participants in {name} rose by {total}: {parts}{pmi}.',
	'decline.sentence.participants.unchanged': 'Active participants in {name} did not change: {parts}{pmi}.',
	'decline.sentence.participants.segment': '{segment} {change}',
	'decline.sentence.participants.pmi': '; PMI, outside coverage, {change}',
	'decline.sentence.noSegmentChange': 'no segment changed',

	// decline.programmes: the programme panel
	'decline.programmes.title': 'Change by programme',
	'decline.programmes.notAdditive': 'Programmes overlap: not additive',
	'decline.programmes.programme': 'Programme',
	'decline.programmes.active': 'Active participants {month}',
	'decline.programmes.change': 'Change',

	// decline.policy: the policy evidence beside a decline
	'decline.policy.title': 'Policy evidence {before} and {now}',
	'decline.policy.regulations': 'Regulations issued',
	'decline.policy.noRegulations': 'No regulation recorded for {name} or its province in {before} or {now}.',
	'decline.policy.issuedOn': 'signed {date}',
	'decline.policy.budget': 'Regional budget (APBD) paying contributions',
	'decline.policy.region': 'Region',
	'decline.policy.year': 'Year',
	'decline.policy.vulnerablePeople': 'Vulnerable workers funded',
	'decline.policy.vulnerableIdr': 'Budget for vulnerable workers',
	'decline.policy.nonAsnPeople': 'Non-civil-servant staff funded',
	'decline.policy.nonAsnIdr': 'Budget for non-civil-servant staff',
	'decline.policy.noData': 'No data: this dataset does not include that table.'
};
