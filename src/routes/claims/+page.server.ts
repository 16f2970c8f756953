export const prerender = true;
// A document: the list of permalink pages, no JavaScript.
export const csr = false;
