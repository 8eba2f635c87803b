/** The overview's URL parameters: the shared ones only (its drill-down is the area itself). */
import { defineParams } from '$lib/state/spec';
import { SHARED_PARAMS } from '$lib/state/shared';

export const overviewParams = defineParams({ ...SHARED_PARAMS });

/** The overview's state as the URL gives it (`period` null: the latest month). */
export type OverviewState = ReturnType<typeof overviewParams.defaults>;
