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
import { offerFields, proposalField, type FieldNames } from '../../utils/offer-fields';
import { proposedLocationOf, type ProposedLocation } from '../../domain/offers/location';

export interface Review {
  /** The working version as the offer page will show it; undefined when it no longer passes the schema. */
  offer: Offer | undefined;
  /**
   * Changes from the approved version to the working version; undefined
   * when nothing was ever approved (everything is new), [] when they are the same.
   */
  changes: FieldChange[] | undefined;
  /** A new location proposed with this version. */
  proposal: ProposedLocation | undefined;
}

const parse = (data: unknown): Offer | undefined => {
  const r = offerSchema.safeParse(data);
  return r.success ? r.data : undefined;
};

/**
 * @param isLocation  whether a location exists already (a proposal approved
 *                    earlier is a location like any other, not a proposal)
 */
export function reviewOf(row: Pick<PartnerOfferRow, 'data' | 'body' | 'approvedData' | 'approvedBody'>, names: FieldNames, isLocation: (id: string) => boolean = () => false): Review {
  const pending = (data: Record<string, unknown> | null) => {
    const p = proposedLocationOf(data);
    return p && !isLocation(p.id) ? p : undefined;
  };
  const offer = parse(row.data);
  const proposal = pending(row.data);
  const approved = row.approvedData ? parse(row.approvedData) : undefined;
  if (!offer || !approved) return { offer, proposal, changes: undefined };
  const fields = (o: Offer, body: string, p: ProposedLocation | undefined) => [...offerFields(o, body, names), proposalField(p)];
  return { offer, proposal, changes: diffFields(fields(approved, row.approvedBody ?? '', pending(row.approvedData)), fields(offer, row.body, proposal)) };
}
