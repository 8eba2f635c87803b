/** The methods page's URL parameters: only the language (it shows no data of an area). */
import { defineParams } from '$lib/state/spec';
import { localeParam } from '$lib/state/shared';

export const methodsParams = defineParams({ locale: localeParam });
