/**
 * Live places left for a session. Renders the figure known at build time
 * (so it works without JavaScript), then asks the server once loaded.
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  sessionId: string;
  capacity: number;
  /** Places left as known when the page was built. */
  initial: number;
}

export function placesText(left: number, capacity: number): string {
  return left <= 0 ? 'Vol. Je kunt je aanmelden voor de wachtlijst.' : `Nog ${left} van de ${capacity} ${capacity === 1 ? 'plaats' : 'plaatsen'} vrij`;
}

export default function PlacesLeft({ sessionId, capacity, initial }: Props) {
  const [left, setLeft] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/sessions/${encodeURIComponent(sessionId)}/`, { signal: controller.signal, headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : undefined))
      .then((data: { placesLeft?: unknown } | undefined) => {
        if (data && typeof data.placesLeft === 'number') setLeft(data.placesLeft);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [sessionId]);
  return (
    <span data-places-left={sessionId} aria-live="polite">
      {placesText(left, capacity)}
    </span>
  );
}
