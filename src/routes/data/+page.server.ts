export const prerender = true;
// A document: the list of downloads and their columns, no JavaScript.
export const csr = false;
