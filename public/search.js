// Starts Pagefind's search UI on /search/ (an enhancement: the page explains what to do without JavaScript).
// /search/?q=… starts that search, so any page can link to one.
const element = document.getElementById('search');
if (element && 'PagefindUI' in window) {
  const ui = new window.PagefindUI({ element, bundlePath: element.dataset.bundle, showSubResults: true, showImages: false });
  // Pagefind labels its field with a title only; give it a real accessible name.
  element.querySelector('input')?.setAttribute('aria-label', 'Search articles, claims, people and companies');
  element.hidden = false;
  document.getElementById('search-fallback')?.remove();
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
}
