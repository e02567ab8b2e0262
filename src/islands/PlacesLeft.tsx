/**
 * A session's status badge ("Plaats vrij", "Nog 2 plaatsen", "Wachtlijst"),
 * live. Renders the figure known at build time (so it works without
 * JavaScript), then asks the server once loaded. Small on purpose: no zod,
 * only the pure status rule.
 */
import { useEffect, useState } from 'preact/hooks';
import { placesStatus, placesStatusText } from '../domain/registrations/availability';

interface Props {
  sessionId: string;
  capacity: number;
  /** Places left as known when the page was built. */
  initial: number;
  /** Registering for a full session puts you on its waiting list (the default for sessions with registration on this site). */
  waitlist?: boolean;
}

/** The places in a sentence, for the registration page. */
export function placesText(left: number, capacity: number): string {
  return left <= 0 ? 'Vol. Je kunt je aanmelden voor de wachtlijst.' : `Nog ${left} van de ${capacity} ${capacity === 1 ? 'plaats' : 'plaatsen'} vrij`;
}

export default function PlacesLeft({ sessionId, initial, waitlist = true }: Props) {
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
  const status = placesStatus(left, waitlist);
  return (
    <span class={`so-status so-status--${status}`} data-places-left={sessionId} data-places-status={status} aria-live="polite">
      {placesStatusText(status, left)}
    </span>
  );
}
