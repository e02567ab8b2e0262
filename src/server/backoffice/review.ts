/**
 * What the review page shows about an offer: the submitted version as the
 * public page will show it (parsed with the offer schema, for OfferDetail),
 * and what changed since the version that is online (or approved and
 * waiting for publication). The comparison is src/domain/offers/diff.ts
 * over the display values of src/utils/offer-fields.ts.
 */
import { diffFields, type FieldChange } from '../../domain/offers/diff';
import { offerSchema, type Offer } from '../../schemas/offer';
import type { PartnerOfferRow } from '../../schemas/rows';
import { offerFields, type FieldNames } from '../../utils/offer-fields';

export interface Review {
  /** The working version as the offer page will show it; undefined when it no longer passes the schema. */
  offer: Offer | undefined;
  /**
   * Changes from the approved version to the working version; undefined
   * when nothing was ever approved (everything is new), [] when they are the same.
   */
  changes: FieldChange[] | undefined;
}

const parse = (data: unknown): Offer | undefined => {
  const r = offerSchema.safeParse(data);
  return r.success ? r.data : undefined;
};

export function reviewOf(row: Pick<PartnerOfferRow, 'data' | 'body' | 'approvedData' | 'approvedBody'>, names: FieldNames): Review {
  const offer = parse(row.data);
  const approved = row.approvedData ? parse(row.approvedData) : undefined;
  if (!offer || !approved) return { offer, changes: undefined };
  return { offer, changes: diffFields(offerFields(approved, row.approvedBody ?? '', names), offerFields(offer, row.body, names)) };
}
