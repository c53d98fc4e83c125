// A static site: every page is rendered when the site is built, each to its own
// folder/index.html, so deep links work from any static host.
export const prerender = true;
export const trailingSlash = 'always';
