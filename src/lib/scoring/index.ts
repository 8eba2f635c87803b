/** The composite score of the panel view (`/penilaian/`): scaling, ranks, weights and how robust the ranks are to them. */
export * from './types';
export * from './criteria';
export { minMaxScale, isPresent, FULL_SCORE } from './scale';
export { competitionRanks, isAhead, TIE_TOLERANCE } from './rank';
export { prepareGroup, scorePrepared, scoreGroup, usableWeight, type PreparedGroup } from './composite';
export { rankRanges, topChanges, MAX_EXHAUSTIVE_WEIGHTS } from './sensitivity';
