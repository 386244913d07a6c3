// IndexedDB exists only in the browser: never prerender or server-render a page.
export const ssr = false;
export const prerender = false;
