import { useLiveRead } from '../../data/live';
import { listAnswers } from '../../data/answers';
import { listAssessments } from '../../data/assessments';
import { listInstitutions } from '../../data/institutions';
import { listStaffOf } from '../../data/staffRead';
import { listReviewsOf } from '../../data/reviews';
import type { Assessment, Institution } from '../../domain/records';
import type { Completion } from '../../domain/scoring';
import type { MemberProgress } from '../../domain/team/progress';

export interface AssessmentSummary {
  assessment: Assessment;
  completion: Completion | null;
  /** Where "Lanjutkan" goes: the last item opened, else the first item. */
  resumeItemId: string | null;
  /** The newest Standar Umum version, when it is newer than the one this assessment is on. */
  newerVersion: string | null;
  /** After the institution imported an assessor's review: the verified total and how many findings differ. */
  verification: { verifiedTotal: number | null; findings: number } | null;
  /**
   * Filled as a team: on the lead's device every member's assigned and answered items and their last file; on a
   * member's phone only that member's own line.
   */
  team: { lead: boolean; members: MemberProgress[] } | null;
}
export interface InstitutionSummary {
  institution: Institution;
  assessments: AssessmentSummary[];
}

/**
 * Institutions with their assessments' completion, live. The instrument (the largest piece of data in
 * the app) is loaded on demand, after Beranda's first paint, instead of being part of the first load.
 */
export function useHomeData(): InstitutionSummary[] | undefined {
  return useLiveRead(async () => {
    const [institutions, assessments] = await Promise.all([listInstitutions(), listAssessments()]);
    if (!assessments.length) return institutions.map((institution) => ({ institution, assessments: [] }));
    // Only the cores of the files these assessments were started on, and of the ones new work uses (to offer a
    // newer version): not the whole registry of every version and module.
    const [{ placeItems, scoreStored, loadCoreInstrument, loadWholeInstrument }, { currentCores }] = await Promise.all([
      import('../../ui/instrument'),
      import('../../domain/standard/lazy'),
    ]);
    const { newerThan } = await import('../../domain/migration/plan');
    return Promise.all(
      institutions.map(async (institution) => {
        // The files new work of this type uses, once per institution.
        const target = await currentCores(institution.type);
        return {
          institution,
          assessments: await Promise.all(
            assessments
              .filter((a) => a.institutionId === institution.id)
              .map(async (assessment): Promise<AssessmentSummary> => {
                const instrument = await loadCoreInstrument(assessment);
                const newerVersion = target && newerThan(assessment, target) ? target.umum.version : null;
                if (!instrument.ok) return { assessment, completion: null, resumeItemId: assessment.lastItemId, newerVersion, verification: null, team: null };
                const [answers, staff, reviews] = await Promise.all([listAnswers(assessment.id), listStaffOf(assessment.id), listReviewsOf(assessment.id)]);
                const { score, indicators } = scoreStored(instrument.umum, instrument.khusus, answers, staff, institution);
                let verification: AssessmentSummary['verification'] = null;
                // The institution's own assessment with a review imported (an assessor's copy is not "home").
                if (reviews.length && assessment.origin?.kind !== 'review-copy') {
                  const { verificationOf } = await import('../../domain/bundle/verification');
                  const { indicatorValues } = await import('../../domain/indicators');
                  // The same comparison Hasil and the report show (one composition, in the domain).
                  // The verification takes the whole files: loaded for this case only (a review was imported).
                  const whole = await loadWholeInstrument(assessment);
                  const c = whole.ok
                    ? verificationOf(
                        { answers, reviews, reviewMeta: null, institution },
                        { umum: whole.umum, khusus: whole.khusus, indicators: indicatorValues(indicators) },
                      )
                    : null;
                  if (c) verification = { verifiedTotal: c.verified.total, findings: c.disagreements.length };
                }
                const placed = placeItems(instrument.umum, instrument.khusus, institution.ownership);
                const first = placed[0]?.item.id ?? null;
                const last = assessment.lastItemId && score.itemsById[assessment.lastItemId] ? assessment.lastItemId : null;
                let team: AssessmentSummary['team'] = null;
                if (assessment.team) {
                  const lead = assessment.team.members.some((m) => m.id === assessment.team!.selfId && m.lead);
                  const { teamProgress } = await import('../../domain/team/progress');
                  const { teamItems } = await import('../../domain/team/assignment');
                  const members = teamProgress(assessment.team, teamItems(placed), answers);
                  team = { lead, members: lead ? members : members.filter((m) => m.memberId === assessment.team!.selfId) };
                }
                return { assessment, completion: score.completion, resumeItemId: last ?? first, newerVersion, verification, team };
              }),
          ),
        };
      }),
    );
  }, []);
}
