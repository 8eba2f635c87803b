// Shared `informal`: the informal-worker charts (lib/charts/PenetrationChart, InformalScatter).
import type { messages as id } from '../id/informal';
import type { Translation } from '../dictionaries';

/** English strings of the informal-worker charts. */
export const messages: Translation<typeof id> = {
	'informal.penetration.title': 'Informal and formal worker penetration by year, {from}–{to}',
	'informal.penetration.titleNoYears': 'Informal and formal worker penetration by year',
	'informal.penetration.desc': 'Active participants in December over the same year\'s BPS August workers. {summary}',
	'informal.penetration.label': 'Informal and formal worker penetration by year. Left and right arrows choose a year.',
	'informal.penetration.y': 'Penetration (%)',
	'informal.penetration.informal': 'Informal (BPU)',
	'informal.penetration.formal': 'Formal (PU)',
	'informal.penetration.summary': 'December {year}: {values}',
	'informal.penetration.series': '{name}: informal {informal}, formal {formal}',
	'informal.penetration.solid': '{name} (solid lines)',
	'informal.penetration.dashed': '{name} (dashed lines)',
	'informal.scatter.title': 'Informal share of workers and informal penetration by regency/city, {month}',
	'informal.scatter.desc': '{count} regencies/cities: informal workers\' share of working people (across) against informal penetration (up); dot size by the number of informal workers.',
	'informal.scatter.label': 'Regencies/cities scatter. Up and down arrows choose a region.',
	'informal.scatter.x': 'Informal share of workers (%)',
	'informal.scatter.y': 'Informal penetration (%)',
	'informal.scatter.announce': '{name}: informal share {share}, informal penetration {penetration}, {informal} informal workers; {funded}',
	'informal.scatter.funded': 'APBD: {count} vulnerable workers',
	'informal.scatter.fundedUnknown': 'APBD: no data',
	'informal.scatter.filled': 'Filled dot: vulnerable workers whose contributions the APBD pays',
	'informal.scatter.hollow': 'Hollow dot: none, or no data',
	'informal.scatter.size': 'Dot size: number of informal workers',
	'informal.col.year': 'Year',
	'informal.col.code': 'Code',
	'informal.col.name': 'Area',
	'informal.col.activeBpu': 'Active BPU participants (December)',
	'informal.col.bpu': 'Active BPU participants',
	'informal.col.activePu': 'Active PU participants (December)',
	'informal.col.informalWorkers': 'Informal workers (BPS August)',
	'informal.col.formalWorkers': 'Formal workers (BPS August)',
	'informal.col.working': 'Working people (BPS August)',
	'informal.col.share': 'Informal share of workers',
	'informal.col.funded': 'Vulnerable workers funded by APBD'
};
