import { cardFor, cardResponse } from '$lib/export/socialCards.server';
import type { RequestHandler } from './$types';

// The social card of the main page, the indexes and the data page, rendered at build time.
export const prerender = true;
export const GET: RequestHandler = () => cardResponse(cardFor('home'));
