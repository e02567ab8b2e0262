/**
 * The one store, by concept, over the SQL drivers. `conversations` live in their
 * own database on purpose (anonymity); everything else in the portal database.
 */
import type { QuestionRetention } from '../../domain/questions/retention';
import { createAccountStore } from './accounts';
import type { SqlDriver } from './driver';
import { createOfferStore } from './offers';
import { createOutboxStore } from './outbox';
import { createPublicationStore } from './publications';
import { createConversationStore } from './conversations';
import { createRegistrationStore } from './registrations';
import { createSurveyStore } from './surveys';

export function createStore(drivers: { core: SqlDriver; questions: SqlDriver }, options: { now?: () => Date; questionRetention: QuestionRetention }) {
  return {
    registrations: createRegistrationStore(drivers.core, { ...(options.now ? { now: options.now } : {}) }),
    accounts: createAccountStore(drivers.core),
    offers: createOfferStore(drivers.core),
    surveys: createSurveyStore(drivers.core),
    conversations: createConversationStore(drivers.questions, options.questionRetention),
    outbox: createOutboxStore(drivers.core),
    publications: createPublicationStore(drivers.core),
  };
}

export type Store = ReturnType<typeof createStore>;
