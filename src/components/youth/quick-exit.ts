/**
 * Quick exit behaviour, kept apart from the component so it is bundled into a
 * script file (no inline script) and can be read on its own.
 */
export function installQuickExit(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const leave = (event: Event) => {
    event.preventDefault();
    // Hide the page at once, in case the neutral page is slow to load.
    doc.documentElement.style.visibility = 'hidden';
    // replace(): this page leaves the history, so Back does not return to it.
    window.location.replace(link.href);
  };
  link.addEventListener('click', leave);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) leave(event);
  });
}
