import { cardFor, cardIds, cardResponse } from '$lib/export/socialCards.server';
import type { EntryGenerator, RequestHandler } from './$types';

// One social card per event page, rendered at build time.
export const prerender = true;
export const entries: EntryGenerator = () => cardIds('events').map((id) => ({ id }));
export const GET: RequestHandler = ({ params }) => cardResponse(cardFor('events', params.id));
