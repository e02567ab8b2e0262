/** The storage interface for registrations; `libsql.ts` implements it. */
import type { RegistrationStatus } from '../../domain/registrations/availability';

export interface NewRegistration {
  sessionId: string;
  offerId: string;
  name: string;
  email: string;
  phone?: string | undefined;
  participants: number;
  childFirstName?: string | undefined;
  childAge?: number | undefined;
  schoolGroup?: string | undefined;
  municipality: string;
  remarks?: string | undefined;
  /** When the personal data must be gone (session end + retention days). */
  purgeAfter: Date;
}

export interface StoredRegistration extends Omit<NewRegistration, 'purgeAfter'> {
  id: string;
  status: RegistrationStatus;
  /**
   * The raw cancel token, only on a registration the store has just issued one for
   * (new, repeat, promoted, decided, moved): the database keeps only its hash.
   */
  cancelToken?: string | undefined;
  createdAt: string;
  updatedAt: string;
  purgeAfter: string;
}

/** What the store needs to know of a session to decide. */
export interface SessionRules {
  capacity: number;
  /** Places taken outside the portal (sample data in the content file). */
  taken: number;
  intake: boolean;
}

export interface Promotion {
  registration: StoredRegistration;
}

export interface RegisterResult {
  registration: StoredRegistration;
  /** False when this person was already registered for the session (a retry). */
  created: boolean;
  /** Participants holding a place in the session after this registration (excluding `taken`). */
  held: number;
}

/** Which registration to cancel: by the token from the e-mail, or by id (staff). */
export type CancelRef = { token: string } | { id: string };

export interface RegistrationStore {
  /** Create the schema or bring it up to date. Safe to call more than once. */
  migrate(): Promise<void>;
  /**
   * Register, deciding confirmed / pending / waitlisted in one write
   * transaction. The same (session, email) again returns the existing
   * registration with `created: false`, unchanged except for a freshly issued
   * cancel token (the old link stops working); a cancelled or declined one is
   * registered anew. Either way the result carries the new raw `cancelToken`.
   */
  register(input: NewRegistration, rules: SessionRules): Promise<RegisterResult>;
  /** Participants holding a place (confirmed + pending) per session. */
  heldPlaces(sessionId: string): Promise<number>;
  findById(id: string): Promise<StoredRegistration | undefined>;
  findByCancelToken(token: string): Promise<StoredRegistration | undefined>;
  /** Cancel; frees the place and promotes from the waiting list in the same transaction. */
  cancel(ref: CancelRef, rules: (sessionId: string) => SessionRules): Promise<{ registration: StoredRegistration; promoted: StoredRegistration[]; changed: boolean } | undefined>;
  /** Coordinator: confirm or decline a pending registration (declining promotes from the waiting list). */
  decide(id: string, decision: 'confirmed' | 'declined', rules: (sessionId: string) => SessionRules): Promise<{ registration: StoredRegistration; promoted: StoredRegistration[] } | undefined>;
  list(filter?: { status?: RegistrationStatus; sessionId?: string }): Promise<StoredRegistration[]>;
  /**
   * Delete every registration whose retention has passed. Returns the number deleted.
   * With `purgeAfterOf` (the catalogue's current session end + retention days), the
   * stored `purgeAfter` of each session's registrations is first brought in line with it,
   * so a session that moved later or earlier takes its registrations' deletion date along.
   */
  purge(now: Date, purgeAfterOf?: (sessionId: string) => Date | undefined): Promise<number>;
  close(): void;
}
