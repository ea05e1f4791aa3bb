import { expiryState, type EvidenceDoc } from '../records/evidence';
import type { Institution } from '../records/institution';
import type { EligibilityRequirement, StandarUmum } from '../standard/schema';

/**
 * Syarat pengajuan: checked before and beside the score, never scored. Missing eligibility is shown as such,
 * not as a low score; a government UPT is checked on its own path (the regulation that formed it), never on
 * yayasan papers.
 */
export type RequirementStatus = 'met' | 'expired' | 'missing';

export interface RequirementResult {
  requirement: EligibilityRequirement;
  status: RequirementStatus;
  /** What was found: the number and expiry of the document, or nothing. */
  found: { number: string; expiry: string } | null;
}

export interface EligibilityResult {
  met: boolean;
  requirements: RequirementResult[];
}

function profileDocument(institution: Institution, field: 'registration' | 'permit') {
  return field === 'registration'
    ? { number: institution.registrationNumber, expiry: institution.registrationExpiry }
    : { number: institution.permitNumber, expiry: institution.permitExpiry };
}

function statusOf(found: { number: string; expiry: string } | null, today: string): RequirementStatus {
  if (!found) return 'missing';
  return expiryState(found.expiry, today) === 'expired' ? 'expired' : 'met';
}

/** null when the standard (1.0.0) has no eligibility check. `today` is YYYY-MM-DD in the user's zone. */
export function checkEligibility(
  umum: StandarUmum,
  institution: Institution,
  evidence: readonly EvidenceDoc[],
  today: string,
): EligibilityResult | null {
  if (!umum.eligibility) return null;
  const requirements = umum.eligibility.requirements
    .filter((r) => !r.ownership || r.ownership === institution.ownership)
    .map((requirement): RequirementResult => {
      let found: RequirementResult['found'] = null;
      if (requirement.check.kind === 'profile') {
        const doc = profileDocument(institution, requirement.check.field);
        found = doc.number.trim() ? doc : null;
      } else {
        const kinds = requirement.check.documentKinds;
        const docs = evidence.filter((e) => kinds.includes(e.kind));
        // The best document counts: a valid one over an expired one.
        const valid = docs.find((e) => expiryState(e.expiryDate, today) !== 'expired');
        const doc = valid ?? docs[0];
        found = doc ? { number: doc.number, expiry: doc.expiryDate } : null;
      }
      return { requirement, status: statusOf(found, today), found };
    });
  return { met: requirements.every((r) => r.status === 'met'), requirements };
}

/** The profile's own permit and registration, as dated documents: they count wherever expired documents are counted. */
export function profileDocuments(institution: Institution): { kind: string; number: string; expiryDate: string }[] {
  return [
    { kind: 'Surat Tanda Daftar LKS', number: institution.registrationNumber, expiryDate: institution.registrationExpiry },
    { kind: 'Izin operasional', number: institution.permitNumber, expiryDate: institution.permitExpiry },
  ].filter((d) => d.number.trim() || d.expiryDate);
}
