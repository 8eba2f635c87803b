/**
 * The data page's URL parameters: only the language. What a user loads lives in the browser's
 * store, never in the URL (a link must not carry anyone's data); the shared area and period stay
 * in the URL as they came, so the navigation carries them on to the views.
 */
import { defineParams } from '$lib/state/spec';
import { localeParam } from '$lib/state/shared';

export const dataParams = defineParams({ locale: localeParam });
