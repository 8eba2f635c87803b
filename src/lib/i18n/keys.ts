// Keys for the domain's codes. A key built from a code with a cast (t(`segment.${s}` as
// 'segment.PU')) hides it from TypeScript and from tests/unit/i18n/keys-used.test.ts; these
// records spell every key out, so a missing or misspelt one fails both.
import type { Segment } from '../contract/domain';
import type { MessageKey } from './id';

const SEGMENT_KEYS: Readonly<Record<Segment, MessageKey>> = {
	PU: 'segment.PU',
	BPU: 'segment.BPU',
	JAKON: 'segment.JAKON',
	PMI: 'segment.PMI'
};

/** The key of a segment's name: t(segmentKey('JAKON')) is "Jasa Konstruksi (Jakon)". */
export function segmentKey(segment: Segment): MessageKey {
	return SEGMENT_KEYS[segment];
}
